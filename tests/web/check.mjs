// Drives the NewsGraph pages in headless Chromium and checks what a person would see.
//   node check.mjs BASE_URL OUT_DIR CHROMIUM
// Prints one line per check and the screenshots' paths; exits 1 if any check failed.
import { chromium } from "playwright-core";
import path from "node:path";

const [base, outDir, executablePath] = process.argv.slice(2);
let failed = 0;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failed++;
}

const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

  // The editor: run the "who visited whom" example from its link.
  await page.goto(`${base}/`);
  check(await page.locator("textarea#query").count() === 1, "the front page has the SPARQL editor");
  await page.getByRole("link", { name: "Who visited whom" }).click();
  await page.waitForSelector("table#results");
  const rows = page.locator("table#results tbody tr");
  const visits = await rows.allInnerTexts();
  check(visits.length >= 10, `the visits example lists ${visits.length} visits`);
  const lukashenko = visits.find((r) => r.includes("Alexander Lukashenko") && r.includes("People's Republic of China"));
  check(lukashenko !== undefined, "a row says Alexander Lukashenko visited the People's Republic of China");
  check(lukashenko?.includes("2023-12-03") ?? false, "that visit is dated 2023-12-03");
  const queryShot = path.join(outDir, "web-query.png");
  await page.screenshot({ path: queryShot, fullPage: true });
  console.log(`screenshot: ${queryShot}`);
  // The row as drawn, not only in the DOM: visible, and its own screenshot has its size.
  const row = rows.filter({ hasText: "Alexander Lukashenko" }).filter({ hasText: "2023-12-03" }).first();
  const box = await row.boundingBox();
  const rowShot = path.join(outDir, "web-query-row.png");
  const png = await row.screenshot({ path: rowShot });
  check(await row.isVisible() && box !== null && box.width > 300 && box.height > 10, "that row is drawn on the page");
  check(png.readUInt32BE(16) >= Math.floor(box?.width ?? 1) && png.readUInt32BE(20) >= Math.floor(box?.height ?? 1), "the row's screenshot has the row's size");
  console.log(`screenshot: ${rowShot}`);

  // A query typed in and run with Ctrl+Enter (the page script).
  await page.fill("textarea#query", "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\nSELECT (COUNT(*) AS ?calls) WHERE { ?c a ng:PhoneCall }");
  await Promise.all([page.waitForNavigation(), page.press("textarea#query", "Control+Enter")]);
  const calls = Number((await page.locator("table#results tbody td").first().innerText()).split(/\s/)[0]);
  check(calls >= 1, `Ctrl+Enter ran the typed query (${calls} phone calls)`);

  // From a result to the entity page.
  await page.goto(`${base}/?example=01-who-visited-whom`);
  await Promise.all([page.waitForNavigation(), page.locator("table#results a[href='/entity/alexander-lukashenko']").first().click()]);
  check((await page.locator("h1").innerText()) === "Alexander Lukashenko", "the link opens Alexander Lukashenko's page");
  const events = await page.locator("#timeline li").count();
  check(events >= 2, `his timeline shows ${events} events`);
  check(await page.locator("#links a[href*='wikidata.org/entity/']").count() === 1, "his page links to Wikidata");
  check(await page.locator("#timeline .evidence").count() >= 1, "events show their source sentences");
  const entityShot = path.join(outDir, "web-entity.png");
  await page.screenshot({ path: entityShot, fullPage: true });
  console.log(`screenshot: ${entityShot}`);

  // The network, whole and for one year.
  await page.goto(`${base}/network`);
  const nodes = await page.locator("svg#network .node").count();
  const edges = await page.locator("svg#network line.edge").count();
  check(nodes >= 10 && edges >= 10, `the network draws ${nodes} nodes and ${edges} edges`);
  check(await page.locator("svg#network .node.state").count() >= 3, "states are drawn");
  check(await page.locator("svg#network .node.person").count() >= 3, "leaders are drawn");
  const networkShot = path.join(outDir, "web-network.png");
  await page.screenshot({ path: networkShot, fullPage: true });
  console.log(`screenshot: ${networkShot}`);
  await page.fill("input[name=from]", "2023");
  await page.fill("input[name=to]", "2023");
  await Promise.all([page.waitForNavigation(), page.click("#period button")]);
  const edges2023 = await page.locator("svg#network line.edge").count();
  check(edges2023 > 0 && edges2023 < edges, `2023 alone keeps ${edges2023} of the ${edges} edges`);
} finally {
  await browser.close();
}

console.log(failed === 0 ? "web: all checks passed" : `web: ${failed} checks failed`);
process.exit(failed === 0 ? 0 : 1);
