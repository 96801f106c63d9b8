// REST client of /api: discriminated results, error codes from core's wire contract.
export { ApiClient, api, parseApiError, refusedField, withQuery } from './api-client.ts';
export type { ApiFailure, ApiResult, ApiClientOptions, Parse } from './api-client.ts';
