// The form's request started by the root layout's load, while the page's code is still
// loading: the relay computes the form meanwhile. The page takes the answer once; each
// navigation to a form starts its own request (an answer not taken is dropped with it).
import type { Statform } from '@profgrid/core';
import type { ApiResult } from '../api/index.ts';
import { statformsApi } from './statforms-api.ts';

let started: { key: string; answer: Promise<ApiResult<Statform>> } | null = null;

const keyOf = (orgId: string, asOf: string) => `${orgId}\n${asOf}`;

export function prefetchStatform(orgId: string, asOf: string): void {
  performance.mark('pg:form-load');
  started = { key: keyOf(orgId, asOf), answer: statformsApi.form(orgId, asOf) };
}

/** The prefetched answer for this form, once; null when none was started. */
export function takePrefetched(orgId: string, asOf: string): Promise<ApiResult<Statform>> | null {
  if (started?.key !== keyOf(orgId, asOf)) return null;
  const { answer } = started;
  started = null;
  return answer;
}
