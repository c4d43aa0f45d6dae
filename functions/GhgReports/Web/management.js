// The GHG web page, management's part (management and group HQ): the year's plan versions with their editions and what
// changed, the group's key figures, and the group's intensity against the derived group pathway (GET /api/management/{year}).
// Served after app.js, charts.js and hq.js as one script; uses their helpers: t, format, api, table, show, number, lineChart.
let overview = null;

async function loadManagement() {
  const year = $("planYear").value;
  if (!year) return;
  let answer;
  try { answer = await (await api("management/" + encodeURIComponent(year))).json(); }
  catch (e) { if (e.status !== 404) throw e; answer = { year: Number(year), planVersions: [], kpis: null, groupIntensity: [], derivedPathway: [], pathwayMembers: [] }; }
  // As on the HQ home: an answer for a year no longer chosen is dropped.
  if (year !== $("planYear").value) return;
  overview = answer;
  renderManagement();
}

function renderManagement() {
  if (!overview) return;
  const v = overview;
  show("mgmtVersions", v.planVersions.length === 0 ? paragraph(t("mgmtNoPlan")) : table([
    { key: "version", value: p => "v" + p.version }, { key: "mgmtMade", value: p => when(p.at) },
    { key: "mgmtEditions", value: p => editions(v.year, p) },
    { key: "mgmtChanges", value: p => p.changes.length === 0 ? t("mgmtFirstVersion") : p.changes.map(c => lang ? c.en : c.zh).join("\n") }], v.planVersions));
  show("mgmtKpis", v.kpis ? kpiTable(v.kpis) : paragraph(t("hqNoFigures")));
  $("mgmtTrendHint").textContent = format(t("mgmtTrendHint"), v.pathwayMembers.length ? v.pathwayMembers.join(", ") : "—");
  $("mgmtTrendLegend").replaceChildren(chartLegend("chartGroupActual", "chartDerived"));
  const title = t("mgmtTrend") + " (" + v.year + ")";
  show("mgmtTrend", figure(title, lineChart([
    { kind: "actual", label: t("chartGroupActual"), values: v.groupIntensity },
    { kind: "pathway", label: t("chartDerived"), values: v.derivedPathway }], title, { width: 560, height: 260 }), "wide"));
}

// Each edition of a version as a download button (a read link minted on click, as for the plan list).
function editions(year, version) {
  const span = document.createElement("span");
  version.languages.forEach(language => {
    const button = downloadButton("plans/" + year + "/" + language + "/link?version=" + version.version);
    button.textContent = (language === "zh" ? "中文" : "English") + " PDF";
    span.append(button, " ");
  });
  return span;
}

function paragraph(text) { const p = document.createElement("p"); p.textContent = text; return p; }
