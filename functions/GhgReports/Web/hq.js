// The GHG web page, group HQ's part.
// ---- Group HQ home -------------------------------------------------------------------------------------------------
// The year's tracker (GET /api/tracker/{year}): every registered subsidiary against the group workbook's deadline, the
// group's figures as the plan adds them up, locks and unlocks through forms with their history, and the register.
// Served after app.js as one script (WebPage.Script), whose helpers it uses: t, format, api, table, show, say.
let tracker = null;

const hqYear = () => $("hqYear").value || String(new Date().getFullYear() - 1);
const when = value => value ? new Date(value).toLocaleString(lang ? "en" : "zh-CN", { dateStyle: "medium", timeStyle: "short" }) : "";
const day = value => value ? new Date(value + "T00:00:00").toLocaleDateString(lang ? "en" : "zh-CN", { dateStyle: "long" }) : "";
const nameOf = s => s.code + " " + (lang && s.nameEn ? s.nameEn : s.nameZh);
const percent = value => value === undefined || value === null ? "—" : (value > 0 ? "+" : "") + number(value, 1) + " %";

// A table whose rows may carry a class (an overdue subsidiary), built by the page's one table helper.
function markedTable(columns, rows, rowClass) {
  const element = table(columns, rows);
  if (element.tagName === "TABLE") {
    const head = element.rows[0];
    Array.from(head.cells).forEach(th => th.setAttribute("scope", "col"));
    rows.forEach((r, i) => { const c = rowClass ? rowClass(r) : null; if (c) element.rows[i + 1].classList.add(c); });
  }
  return element;
}

async function loadHqHome() {
  if (!$("hqYear").value) $("hqYear").value = hqYear();
  const year = hqYear();
  const answer = await (await api("tracker/" + encodeURIComponent(year))).json();
  // A slower answer for a year no longer chosen (the default year, asked for at sign-in) must not replace the chosen one's.
  if (year !== hqYear()) return;
  tracker = answer;
  renderHqHome();
}

function renderHqHome() {
  if (!tracker) return;
  $("hqDeadline").textContent = tracker.deadline
    ? format(t(tracker.deadlinePassed ? "hqDeadlinePassed" : "hqDeadlineAhead"), tracker.year, day(tracker.deadline))
    : format(t("hqNoDeadline"), tracker.year);
  const late = tracker.subsidiaries.filter(s => s.overdue).map(s => s.code);
  $("hqOverdue").textContent = late.length ? format(t("hqOverdueList"), late.join(", ")) : "";
  show("hqTracker", markedTable([
    { key: "subsidiary", value: nameOf },
    { key: "status", value: s => t("tracker." + s.status) + (s.overdue ? " — " + t("overdue") : "") },
    { key: "file", value: s => s.fileInForce || "" },
    { key: "warnings", value: s => s.warnings ?? "" },
    { key: "locked", value: s => s.locked ? "✓ " + [s.verifier, s.statement].filter(Boolean).join(" · ") + " (" + s.lockedBy + ", " + when(s.lockedAt) + ")" : "" },
    { key: "lastUpload", value: s => s.lastUploadAt ? when(s.lastUploadAt) + " · " + s.lastUploadFile + " · " + t("status." + s.lastUploadStatus) : "" },
    { key: "openQueries", value: s => s.openQueries ? String(s.openQueries) : "" }],
    tracker.subsidiaries, s => s.overdue ? "overdue" : null));
  renderKpis(tracker.kpis);
  renderTrajectories(tracker.trajectories || []);
  show("hqHistory", markedTable([
    { key: "when", value: e => when(e.at) }, { key: "subsidiary", value: e => e.subsidiary },
    { key: "lockAction", value: e => t(e.action) }, { key: "by", value: e => e.by },
    { key: "askVerifier", value: e => e.verifier || "" }, { key: "askStatement", value: e => e.statement || "" },
    { key: "askReason", value: e => e.reason || e.details || "" }], tracker.lockHistory));
  show("hqRegister", markedTable([
    { key: "code", value: r => r.code }, { key: "nameZh", value: r => r.nameZh }, { key: "nameEn", value: r => r.nameEn || "" },
    { key: "province", value: r => r.province }, { key: "stage", value: r => r.productionStageName },
    { key: "share", value: r => number(r.sharePercent, 2) + " %" },
    { key: "controlled", value: r => r.controlled === null || r.controlled === undefined ? "" : t(r.controlled ? "yes" : "no") },
    { key: "active", value: r => t(r.active ? "yes" : "no") }], tracker.register));
  fillLockChoices();
}

function renderKpis(k) {
  if (!k) { const p = document.createElement("p"); p.textContent = t("hqNoFigures"); show("hqKpis", p); return; }
  show("hqKpis", kpiTable(k));
}

// The group's figures as a table of figure and value: the HQ home's, and management's key figures.
function kpiTable(k) {
  const rows = [
    { label: t("hqMembers"), value: k.members.join(", ") + " (" + k.members.length + " / " + k.registered + ")" },
    { label: t("scope12"), value: number(k.scope12Tco2e, 0) + " tCO2e" },
    { label: t("output"), value: number(k.outputTonnes, 0) + " t" },
    { label: t("intensity"), value: k.intensity === null ? "—" : number(k.intensity, 3) + " tCO2e/t" },
    { label: format(t("hqBaseIntensity"), k.baseYear), value: k.baseIntensity === null ? "—" : number(k.baseIntensity, 3) + " tCO2e/t" },
    { label: t("hqChangeFromBase"), value: percent(k.intensityChangePercent) }];
  const target = k.target;
  if (target) {
    rows.push({ label: t("hqTarget"), value: format(t("hqTargetText"), target.reductionPercent === null ? "—" : number(target.reductionPercent, 2), target.baseYear, target.targetYear) },
      { label: format(t("hqTargetLevel"), k.year), value: target.levelThisYear === null ? "—" : number(target.levelThisYear, 3) },
      { label: format(t("hqTargetLevel"), target.targetYear), value: target.levelAtTargetYear === null ? "—" : number(target.levelAtTargetYear, 3) },
      { label: t("hqOnTrack"), value: target.meetsTarget === null ? "—" : t(target.meetsTarget ? "yes" : "no") });
  }
  return markedTable([{ key: "figure", value: r => r.label }, { key: "value", value: r => r.value }], rows);
}

// Small multiples: each subsidiary's intensity against its own pathway (charts.js), or why it has no pathway.
function renderTrajectories(trajectories) {
  const charts = trajectories.map(s => {
    const title = nameOf(s);
    const content = document.createElement("div");
    content.appendChild(lineChart([
      { kind: "actual", label: t("chartActual"), values: s.actual },
      { kind: "pathway", label: t("chartPathway"), values: s.pathway }], title));
    if (s.noPathway) { const p = document.createElement("p"); p.className = "note"; p.textContent = t("noPathway." + s.noPathway); content.appendChild(p); }
    return figure(title, content);
  });
  $("hqChartsLegend").replaceChildren(chartLegend("chartActual", "chartPathway"));
  $("hqCharts").replaceChildren(...charts);
}

// The lock form offers the periods with data in force and not locked; the unlock form the locked ones.
function fillLockChoices() {
  const fill = (id, rows) => {
    const select = $(id), kept = select.value;
    select.replaceChildren(...rows.map(s => new Option(nameOf(s), s.code)));
    if (rows.some(s => s.code === kept)) select.value = kept;
    select.disabled = rows.length === 0;
    select.form.querySelector("button").disabled = rows.length === 0;
  };
  fill("lockCode", tracker.subsidiaries.filter(s => s.status === "in-force" && !s.locked));
  fill("unlockCode", tracker.subsidiaries.filter(s => s.locked));
}

async function submitLock(event, locking) {
  event.preventDefault();
  const form = event.target;
  const code = $(locking ? "lockCode" : "unlockCode").value;
  const query = locking && $("lockUseStatement").checked ? "useStatement=true"
    : locking ? "verifier=" + encodeURIComponent($("lockVerifier").value.trim()) + "&statement=" + encodeURIComponent($("lockStatement").value.trim())
    : "reason=" + encodeURIComponent($("unlockReason").value.trim());
  try {
    await api("periods/" + encodeURIComponent(code) + "/" + encodeURIComponent(tracker.year) + "/lock?" + query, { method: locking ? "POST" : "DELETE" });
    form.reset();
    sayKey("lockState", locking ? "hqLockedDone" : "hqUnlockedDone", code, tracker.year);
    await loadHqHome();
  } catch (e) { sayError("lockState", e); }
}

function wireHqHome() {
  $("hqYear").onchange = () => { quiet("lockState"); loadHqHome().then(loadReview).catch(e => sayError("message", e)); };
  $("lockForm").onsubmit = event => submitLock(event, true);
  $("unlockForm").onsubmit = event => submitLock(event, false);
}

wireHqHome();
