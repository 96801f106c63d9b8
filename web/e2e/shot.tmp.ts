import { startApp } from './harness/app.ts';
import { launchChromium } from './harness/browser.ts';
const app = await startApp();
const b = await launchChromium();
const p = await b.newPage({ viewport: { width: 1600, height: 900 } });
await p.goto(app.url + '/org/school-004');
await p.waitForSelector('.ag-row');
console.log(await p.evaluate(() => {
  const r = document.querySelector('.ag-row[row-index="0"]');
  let s = ''; let e = r;
  for (let i = 0; i < 5 && e; i++) { s += e.tagName + '.' + e.className + ' [' + Array.from(e.attributes).map(a => a.name + '=' + a.value).join(' ') + ']\n'; e = e.parentElement; }
  return s + r?.firstElementChild?.outerHTML.slice(0, 400);
}));
await b.close(); await app.stop();
