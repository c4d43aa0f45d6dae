// The GHG web page: one page, four views by role. Identity: App Service authentication in Azure (cookie, nothing to
// do here); locally a development token from `ghg signin`, kept in this tab only and sent as a Bearer header.
"use strict";
const texts = JSON.parse(document.getElementById("texts").textContent);
let lang = localStorage.getItem("ghg.lang") === "en" ? 1 : 0;
const t = key => (texts[key] || [key, key])[lang];
const limits = JSON.parse(document.getElementById("limits").textContent);
const $ = id => document.getElementById(id);
// A function as replacement, so that "$&" and the like in a file name stay as typed.
const format = (text, ...args) => args.reduce((s, a, i) => s.replace("{" + i + "}", () => a), text);

// What the page says is kept as how to say it, so that switching language rewrites it instead of dropping it.
const live = new Map();
function say(id, render) { live.set(id, render); $(id).textContent = render(); }
const sayKey = (id, key, ...args) => say(id, () => format(t(key), ...args));
// An API refusal carries both languages; a browser failure only its own.
const sayError = (id, e) => say(id, () => e.texts ? e.texts[lang] : e.message);
function quiet(id) { live.delete(id); $(id).textContent = ""; }

function headers() {
  const token = sessionStorage.getItem("ghg.token");
  return token ? { Authorization: "Bearer " + token } : {};
}

async function api(path, options) {
  const response = await fetch("/api/" + path, Object.assign({ headers: headers() }, options || {}));
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    const error = new Error(lang ? body.en : body.zh);
    error.status = response.status;
    if (body.zh && body.en) error.texts = [body.zh, body.en];
    throw error;
  }
  return response;
}

function translate() {
  document.documentElement.lang = lang ? "en" : "zh";
  document.title = t("title");
  document.querySelectorAll("[data-t]").forEach(e => { e.textContent = t(e.dataset.t); });
  $("evidenceHint").textContent = format(t("evidenceHint"), Math.floor(limits.maxEvidenceBytes / 1048576));
  live.forEach((render, id) => { $(id).textContent = render(); });
}

function table(columns, rows) {
  if (rows.length === 0) { const p = document.createElement("p"); p.textContent = t("nothing"); return p; }
  const tableElement = document.createElement("table");
  const head = tableElement.insertRow();
  columns.forEach(c => { const th = document.createElement("th"); th.textContent = t(c.key); head.appendChild(th); });
  rows.forEach(r => {
    const row = tableElement.insertRow();
    columns.forEach(c => { const cell = row.insertCell(); const v = c.value(r); if (v instanceof Node) cell.appendChild(v); else cell.textContent = v ?? ""; });
  });
  return tableElement;
}

function show(id, element) { const target = $(id); target.replaceChildren(element); }

function downloadButton(path) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t("download");
  button.onclick = async () => {
    try { const link = await (await api(path)).json(); window.location.href = link.url; }
    catch (e) { sayError("message", e); }
  };
  return button;
}

// The name the server gives a download (the officer's own file name), not a hash.
function downloadName(response, fallback) {
  const disposition = response.headers.get("Content-Disposition") || "";
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

function save(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob); a.download = name; a.click();
}

function reportButton(code, id) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t("report");
  button.onclick = async () => {
    try {
      const response = await api("submissions/" + encodeURIComponent(code) + "/" + encodeURIComponent(id) + "/report");
      save(await response.blob(), downloadName(response, "report.html"));
    } catch (e) { sayError("message", e); }
  };
  return button;
}

function detailsButton(code, submission) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t("details");
  button.onclick = () => showDetails(code, submission).catch(e => sayError("message", e));
  return button;
}

const number = (value, digits) => value === undefined || value === null ? "" :
  Number(value).toLocaleString(lang ? "en" : "zh-CN", { maximumFractionDigits: digits });
const where = p => p.sheet ? p.sheet + (p.cell ? "!" + p.cell : p.row ? " · " + t("row") + " " + p.row : "") : "";

// What intake made of one file, on the page: the figures it stored, then every problem where it is and what to fix.
// Kept, so that it is shown again in the other language.
let shown = null;

async function showDetails(code, submission) {
  const result = await (await api("submissions/" + encodeURIComponent(code) + "/" + encodeURIComponent(submission.id) + "/result")).json();
  shown = { code, submission, result };
  renderDetails();
}

function renderDetails() {
  if (!shown || shown.code !== $("officerCode").value) { $("details").replaceChildren(); return; }
  const { submission, result } = shown;
  const parts = [];
  const heading = document.createElement("h3");
  heading.textContent = submission.fileName + " — " + t("status." + result.status);
  parts.push(heading);
  const figures = result.figures;
  if (figures) {
    const totals = Object.entries(figures.categoryTotalsTco2e || {}).map(([category, tco2e]) => ({ label: t("category") + " " + category, value: number(tco2e, 2) + " tCO2e" }));
    totals.push({ label: t("scope12"), value: number(figures.scope12Tco2e, 2) + " tCO2e" },
      { label: t("output"), value: number(figures.outputTonnes, 0) + " t" },
      { label: t("intensity"), value: figures.scope12Intensity === undefined || figures.scope12Intensity === null ? "" : number(figures.scope12Intensity, 4) + " tCO2e/t" });
    parts.push(table([{ key: "figure", value: f => f.label }, { key: "value", value: f => f.value }], totals));
  }
  const problems = (result.check && result.check.problems) || [];
  const warnings = (result.planWarnings || []).map(w => ({ severity: "warning", messageZh: w.messageZh, messageEn: w.messageEn }));
  const all = problems.concat(warnings);
  if (all.length === 0) {
    const p = document.createElement("p"); p.textContent = t("noProblems"); parts.push(p);
  } else {
    parts.push(table([
      { key: "severity", value: p => t("severity." + p.severity) }, { key: "where", value: where },
      { key: "problem", value: p => lang ? p.messageEn : p.messageZh }, { key: "valueSeen", value: p => p.valueSeen },
      { key: "expected", value: p => lang ? p.expectedEn : p.expectedZh }], all));
  }
  $("details").replaceChildren(...parts);
}

// The data in force under the name the officer's file had (from the history), else the name storage gave it.
const fileOf = view => c => (view.history.find(s => s.id === c.submissionId) || {}).fileName || c.blobName;

const lockText = c => c.locked ? "✓ " + [c.verifier, c.statement].filter(Boolean).join(" · ") + (c.lockedBy ? " (" + c.lockedBy + ")" : "") : "";

let me = null;
let pending = null;
let pendingSince = 0;
let pollTimer = null;
// Intake answers within seconds, a large file within minutes; beyond this the page stops waiting and says so.
const pendingLimitMs = 10 * 60 * 1000;

async function loadSubmissions() {
  const code = $("officerCode").value;
  const view = await (await api("submissions/" + encodeURIComponent(code))).json();
  show("current", table([{ key: "year", value: c => c.period }, { key: "file", value: fileOf(view) }, { key: "locked", value: lockText }], view.current));
  show("history", table([
    { key: "file", value: s => s.fileName }, { key: "year", value: s => s.reportingYear },
    { key: "status", value: s => t("status." + s.status) }, { key: "errors", value: s => s.errorCount },
    { key: "warnings", value: s => s.warningCount }, { key: "uploadedAt", value: s => new Date(s.uploadedAt).toLocaleString() },
    { key: "details", value: s => s.status === "writing" || s.status === "failed" ? "" : detailsButton(code, s) },
    { key: "report", value: s => s.status === "writing" ? "" : reportButton(code, s.id) }], view.history));
  if (pending) {
    const done = view.history.find(s => s.blobName === pending && s.status !== "writing");
    if (done) {
      sayKey("uploadState", "status." + done.status);
      pending = null;
      if (done.status !== "failed") await showDetails(code, done);
    }
    else if (Date.now() - pendingSince > pendingLimitMs) {
      sayKey("uploadState", "stillProcessing");
      pending = null;
    }
    else { clearTimeout(pollTimer); pollTimer = setTimeout(() => loadSubmissions().catch(e => sayError("message", e)), 3000); }
  }
  if (!$("evidenceYear").value) {
    const years = view.current.map(c => Number(c.period)).filter(y => y > 0);
    $("evidenceYear").value = years.length ? Math.max(...years) : new Date().getFullYear() - 1;
  }
}

async function upload() {
  const file = $("file").files[0];
  if (!file) return;
  const code = $("officerCode").value;
  // Refused here, before a link is asked for: intake would refuse it anyway, after a long upload.
  if (file.size > limits.maxUploadBytes) {
    sayKey("uploadState", "fileTooLarge", Math.ceil(file.size / 1048576), Math.floor(limits.maxUploadBytes / 1048576));
    return;
  }
  sayKey("uploadState", "uploading");
  try {
    const link = await (await api("uploads/" + encodeURIComponent(code) + "/link?fileName=" + encodeURIComponent(file.name), { method: "POST" })).json();
    const headers = { "x-ms-blob-type": "BlockBlob", "If-None-Match": "*" };
    // Metadata is ASCII only: intake decodes it.
    const reason = $("reason").value.trim();
    if (reason) headers["x-ms-meta-reason"] = encodeURIComponent(reason);
    const put = await fetch(link.url, { method: "PUT", body: file, headers });
    if (!put.ok) throw uploadFailed(put.status);
    pending = link.blobName;
    pendingSince = Date.now();
    sayKey("uploadState", "uploaded");
    await loadSubmissions();
  } catch (e) { sayError("uploadState", e); }
}

function uploadFailed(status) {
  const error = new Error(t("uploadFailed") + " (" + status + ")");
  error.texts = [0, 1].map(l => texts.uploadFailed[l] + " (" + status + ")");
  return error;
}

async function loadPlans() {
  const plans = await (await api("plans?year=" + encodeURIComponent($("planYear").value))).json();
  show("plans", table([{ key: "year", value: p => p.year }, { key: "version", value: p => p.version },
    { key: "lang", value: p => p.language === "zh" ? "中文" : "English" },
    { key: "download", value: p => downloadButton("plans/" + p.year + "/" + p.language + "/link?version=" + p.version) }], plans));
}

async function loadPacks() {
  const packs = await (await api("packs?year=" + encodeURIComponent($("packYear").value))).json();
  show("packs", table([{ key: "year", value: p => p.year }, { key: "subsidiary", value: p => p.subsidiary },
    { key: "size", value: p => Math.round(p.bytes / 1024) + " KB" },
    { key: "version", value: p => p.version },
    { key: "download", value: p => downloadButton("packs/" + p.year + "/" + encodeURIComponent(p.subsidiary) + "/link?version=" + p.version) }], packs));
}

// Plan and pack runs: the request only queues the run (202, Location: /api/runs/{id}); the page follows the run until
// it ends, then shows its documents' links (they live an hour) and every part that failed.
let lastRun = null;

async function startRun(kind) {
  if (!$("planYear").value) return;
  lastRun = null;
  renderRun();
  sayKey("runState", "runRequested");
  try {
    const started = await api(kind + "/" + encodeURIComponent($("planYear").value), { method: "POST" });
    const location = started.headers.get("Location").replace(/^\/api\//, "");
    for (lastRun = await started.json(); !["done", "failed"].includes(lastRun.status); lastRun = await (await api(location)).json()) {
      renderRun();
      await new Promise(resolve => setTimeout(resolve, 2000));
    }
    renderRun();
    await loadPlans();
    await loadManagement();
  } catch (e) { sayError("runState", e); }
}

function renderRun() {
  if (!lastRun) { quiet("runState"); $("runResult").replaceChildren(); return; }
  const run = lastRun;
  say("runState", () => format(t("run." + run.status), run.completed, run.expected, run.failed) + (run.noteZh ? " " + (lang ? run.noteEn : run.noteZh) : ""));
  const link = url => { const a = document.createElement("a"); a.href = url; a.textContent = t("download"); return a; };
  const rows = [...run.parts.filter(p => p.status === "failed").map(p => ({ name: p.subsidiary, text: () => lang ? p.errorEn : p.errorZh })),
    ...run.documents.map(d => ({ name: d.blobName.split("/").pop(), text: () => d.readLink ? link(d.readLink) : "" }))];
  if (run.status === "done" || run.status === "failed") show("runResult", table([{ key: "file", value: r => r.name }, { key: "download", value: r => r.text() }], rows));
  else $("runResult").replaceChildren();
}

// Evidence files: a create-only link for evidence/<code>/<year>/<name>, the file sent straight to storage, then the
// server's check of what arrived (type by content, size, no macros or scripts), which deletes a refused file.
let evidenceOutcome = null;

const evidencePath = () => "evidence/" + encodeURIComponent($("officerCode").value) + "/" + encodeURIComponent($("evidenceYear").value);

async function attachEvidence() {
  const file = $("evidenceFile").files[0];
  if (!file) return;
  evidenceOutcome = null;
  renderEvidenceOutcome();
  // Refused here, before a link is asked for; the server's check measures the stored file again.
  if (file.size > limits.maxEvidenceBytes) {
    sayKey("evidenceState", "evidenceTooLarge", Math.ceil(file.size / 1048576), Math.floor(limits.maxEvidenceBytes / 1048576));
    return;
  }
  sayKey("evidenceState", "uploading");
  try {
    const name = encodeURIComponent(file.name);
    const link = await (await api(evidencePath() + "/link?fileName=" + name + "&bytes=" + file.size, { method: "POST" })).json();
    const put = await fetch(link.url, { method: "PUT", body: file, headers: { "x-ms-blob-type": "BlockBlob", "If-None-Match": "*" } });
    if (!put.ok) throw uploadFailed(put.status);
    evidenceOutcome = await (await api(evidencePath() + "/check?fileName=" + name, { method: "POST" })).json();
    if (evidenceOutcome.accepted) sayKey("evidenceState", "evidenceStored", file.name);
    else sayKey("evidenceState", "evidenceRefused", file.name);
    renderEvidenceOutcome();
    await loadEvidence();
  } catch (e) { sayError("evidenceState", e); }
}

function renderEvidenceOutcome() {
  const problems = evidenceOutcome && !evidenceOutcome.accepted ? evidenceOutcome.problems : [];
  if (problems.length === 0) { $("evidenceProblems").replaceChildren(); return; }
  show("evidenceProblems", table([{ key: "problem", value: p => lang ? p.messageEn : p.messageZh }], problems));
}

async function loadEvidence() {
  if (!$("evidenceYear").value) return;
  const files = await (await api(evidencePath())).json();
  show("evidenceList", table([{ key: "file", value: f => f.fileName }, { key: "size", value: f => Math.max(1, Math.round(f.bytes / 1024)) + " KB" },
    { key: "sha256", value: f => f.sha256.slice(0, 16) + "…" }], files));
}

async function start() {
  quiet("message");
  translate();
  try { me = await (await api("me")).json(); }
  catch (e) {
    me = null;
    $("signin").classList.remove("hidden");
    // A token that was refused (expired, or signed with another key) is said so, then forgotten.
    if (e.status === 401 && sessionStorage.getItem("ghg.token")) { sessionStorage.removeItem("ghg.token"); sayKey("message", "tokenRejected"); }
    else if (e.status !== 401) sayError("message", e);
    return;
  }
  $("signin").classList.add("hidden");
  $("signout").classList.remove("hidden");
  say("who", () => t("signedInAs") + ": " + me.name + " (" + me.roles.join(", ") + ")");
  if (has("officer") && me.subsidiaries.length > 0) {
    $("officer").classList.remove("hidden");
    $("officerCode").replaceChildren(...me.subsidiaries.map(c => new Option(c, c)));
    if (!$("templateYear").value) $("templateYear").value = new Date().getFullYear() - 1;
  }
  if (has("hq")) $("hq").classList.remove("hidden");
  if (has("management") || has("hq")) $("management").classList.remove("hidden");
  if (has("compliance") || has("verifier")) $("compliance").classList.remove("hidden");
  await loadAll();
}

const has = role => me !== null && me.roles.includes(role);

// Every view the caller has, in the page's language; what was shown (results, refusals) is shown again.
async function loadAll() {
  if (has("officer") && me.subsidiaries.length > 0) {
    await loadSubmissions();
    await loadEvidence();
    renderDetails();
    renderEvidenceOutcome();
  }
  if (has("hq")) await loadHqHome();
  if (has("management") || has("hq")) { await loadPlans(); await loadManagement(); renderRun(); }
  if (has("compliance") || has("verifier")) await loadPacks();
  await loadReview();
}

$("lang").onclick = () => {
  lang = 1 - lang;
  localStorage.setItem("ghg.lang", lang ? "en" : "zh");
  translate();
  if (me) loadAll().catch(e => sayError("message", e));
};
$("signinButton").onclick = () => {
  sessionStorage.setItem("ghg.token", $("token").value.trim());
  shown = null;
  evidenceOutcome = null;
  quiet("uploadState");
  quiet("evidenceState");
  start().catch(e => sayError("message", e));
};
// A development token is forgotten here; an organisation sign-in ends at App Service authentication's own route.
$("signout").onclick = () => {
  if (sessionStorage.getItem("ghg.token")) { sessionStorage.removeItem("ghg.token"); location.reload(); }
  else { window.location.href = "/.auth/logout?post_logout_redirect_uri=/api/web"; }
};
$("uploadButton").onclick = upload;
$("evidenceButton").onclick = attachEvidence;
$("evidenceYear").onchange = () => { evidenceOutcome = null; renderEvidenceOutcome(); quiet("evidenceState"); loadEvidence().catch(e => sayError("message", e)); };
$("officerCode").onchange = () => {
  evidenceOutcome = null;
  renderEvidenceOutcome();
  renderDetails();
  loadSubmissions().then(loadEvidence).catch(e => sayError("message", e));
};
$("planYear").onchange = () => loadPlans().then(loadManagement).catch(e => sayError("message", e));
$("planRun").onclick = () => startRun("plans");
$("packRun").onclick = () => startRun("packs");
$("packYear").onchange = () => loadPacks().catch(e => sayError("message", e));
$("templateLink").onclick = async event => {
  event.preventDefault();
  try {
    const response = await api("template");
    save(await response.blob(), downloadName(response, "ghg-template.xlsx"));
  } catch (e) { sayError("message", e); }
};
// The template with the officer's code and the year filled in, saved under the name the server gives it.
$("templatePrefilled").onclick = async () => {
  quiet("message");
  try {
    const response = await api("template/" + encodeURIComponent($("officerCode").value) + "/" + encodeURIComponent($("templateYear").value));
    save(await response.blob(), downloadName(response, "ghg-template.xlsx"));
  } catch (e) { sayError("message", e); }
};

// Drag and drop: a workbook dropped anywhere on the zone is uploaded as if chosen with the file input, which stays for
// keyboard users; anything that is not an .xlsx is said so and not taken.
function wireDropzone() {
  const zone = $("dropzone");
  const over = on => event => { event.preventDefault(); zone.classList.toggle("over", on); };
  zone.addEventListener("dragenter", over(true));
  zone.addEventListener("dragover", over(true));
  zone.addEventListener("dragleave", over(false));
  zone.addEventListener("drop", event => {
    over(false)(event);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (!/\.xlsx$/i.test(file.name)) { sayKey("uploadState", "dropNotXlsx", file.name); return; }
    $("file").files = event.dataTransfer.files;
    upload();
  });
}
wireDropzone();
start().catch(e => sayError("message", e));
