// The GHG web page: one page, three views by role. Identity: App Service authentication in Azure (cookie, nothing to
// do here); locally a development token from `ghg signin`, kept in this tab only and sent as a Bearer header.
"use strict";
const texts = JSON.parse(document.getElementById("texts").textContent);
let lang = localStorage.getItem("ghg.lang") === "en" ? 1 : 0;
const t = key => (texts[key] || [key, key])[lang];
const limits = JSON.parse(document.getElementById("limits").textContent);
const $ = id => document.getElementById(id);

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
    throw error;
  }
  return response;
}

function translate() {
  document.documentElement.lang = lang ? "en" : "zh";
  document.title = t("title");
  document.querySelectorAll("[data-t]").forEach(e => { e.textContent = t(e.dataset.t); });
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
    catch (e) { $("message").textContent = e.message; }
  };
  return button;
}

function reportButton(code, id) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t("report");
  button.onclick = async () => {
    try {
      const response = await api("submissions/" + encodeURIComponent(code) + "/" + encodeURIComponent(id) + "/report");
      const a = document.createElement("a");
      a.href = URL.createObjectURL(await response.blob()); a.download = id + ".report.html"; a.click();
    } catch (e) { $("message").textContent = e.message; }
  };
  return button;
}

function detailsButton(code, submission) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t("details");
  button.onclick = () => showDetails(code, submission).catch(e => { $("message").textContent = e.message; });
  return button;
}

const number = (value, digits) => value === undefined || value === null ? "" :
  Number(value).toLocaleString(lang ? "en" : "zh-CN", { maximumFractionDigits: digits });
const where = p => p.sheet ? p.sheet + (p.cell ? "!" + p.cell : p.row ? " · " + t("row") + " " + p.row : "") : "";

// What intake made of one file, on the page: the figures it stored, then every problem where it is and what to fix.
async function showDetails(code, submission) {
  const result = await (await api("submissions/" + encodeURIComponent(code) + "/" + encodeURIComponent(submission.id) + "/result")).json();
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
      $("uploadState").textContent = t("status." + done.status);
      pending = null;
      if (done.status !== "failed") await showDetails(code, done);
    }
    else if (Date.now() - pendingSince > pendingLimitMs) {
      $("uploadState").textContent = t("stillProcessing");
      pending = null;
    }
    else { setTimeout(() => loadSubmissions().catch(e => { $("message").textContent = e.message; }), 3000); }
  }
}

// Group HQ: lock a verified period (the verifier and statement reference are asked for) or unlock it (a reason).
function lockButton(code, period, locked) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = t(locked ? "unlock" : "lock");
  button.onclick = async () => {
    let query;
    if (locked) {
      const reason = prompt(t("askReason"));
      if (reason === null) return;
      query = "reason=" + encodeURIComponent(reason);
    } else {
      const verifier = prompt(t("askVerifier"));
      if (verifier === null) return;
      const statement = prompt(t("askStatement"));
      if (statement === null) return;
      query = "verifier=" + encodeURIComponent(verifier) + "&statement=" + encodeURIComponent(statement);
    }
    try {
      await api("periods/" + encodeURIComponent(code) + "/" + encodeURIComponent(period) + "/lock?" + query, { method: locked ? "DELETE" : "POST" });
      $("message").textContent = "";
      await loadLocks();
    } catch (e) { $("message").textContent = e.message; }
  };
  return button;
}

async function loadLocks() {
  const code = $("hqCode").value.trim();
  if (!code) return;
  const view = await (await api("submissions/" + encodeURIComponent(code))).json();
  show("hqCurrent", table([{ key: "year", value: c => c.period }, { key: "file", value: fileOf(view) },
    { key: "locked", value: lockText }, { key: "lockAction", value: c => lockButton(code, c.period, c.locked) }], view.current));
}

async function upload() {
  const file = $("file").files[0];
  if (!file) return;
  const code = $("officerCode").value;
  // Refused here, before a link is asked for: intake would refuse it anyway, after a long upload.
  if (file.size > limits.maxUploadBytes) {
    $("uploadState").textContent = t("fileTooLarge").replace("{0}", Math.ceil(file.size / 1048576)).replace("{1}", Math.floor(limits.maxUploadBytes / 1048576));
    return;
  }
  $("uploadState").textContent = t("uploading");
  try {
    const link = await (await api("uploads/" + encodeURIComponent(code) + "/link?fileName=" + encodeURIComponent(file.name), { method: "POST" })).json();
    const put = await fetch(link.url, { method: "PUT", body: file, headers: { "x-ms-blob-type": "BlockBlob", "If-None-Match": "*" } });
    if (!put.ok) throw new Error(t("uploadFailed") + " (" + put.status + ")");
    pending = link.blobName;
    pendingSince = Date.now();
    $("uploadState").textContent = t("uploaded");
    await loadSubmissions();
  } catch (e) { $("uploadState").textContent = e.message; }
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

async function start() {
  translate();
  $("message").textContent = "";
  $("details").replaceChildren();
  try { me = await (await api("me")).json(); }
  catch (e) { me = null; $("signin").classList.remove("hidden"); if (e.status !== 401) $("message").textContent = e.message; return; }
  $("signin").classList.add("hidden");
  $("signout").classList.remove("hidden");
  $("who").textContent = t("signedInAs") + ": " + me.name + " (" + me.roles.join(", ") + ")";
  const has = role => me.roles.includes(role);
  if (has("officer") && me.subsidiaries.length > 0) {
    $("officer").classList.remove("hidden");
    $("officerCode").replaceChildren(...me.subsidiaries.map(c => new Option(c, c)));
    await loadSubmissions();
  }
  if (has("hq")) { $("hq").classList.remove("hidden"); await loadLocks(); }
  if (has("management") || has("hq")) { $("management").classList.remove("hidden"); await loadPlans(); }
  if (has("compliance") || has("verifier")) { $("compliance").classList.remove("hidden"); await loadPacks(); }
}

$("lang").onclick = () => { lang = 1 - lang; localStorage.setItem("ghg.lang", lang ? "en" : "zh"); start(); };
$("signinButton").onclick = () => { sessionStorage.setItem("ghg.token", $("token").value.trim()); start(); };
// A development token is forgotten here; an organisation sign-in ends at App Service authentication's own route.
$("signout").onclick = () => {
  if (sessionStorage.getItem("ghg.token")) { sessionStorage.removeItem("ghg.token"); location.reload(); }
  else { window.location.href = "/.auth/logout?post_logout_redirect_uri=/api/web"; }
};
$("uploadButton").onclick = upload;
$("officerCode").onchange = () => { $("details").replaceChildren(); loadSubmissions().catch(e => { $("message").textContent = e.message; }); };
$("hqShow").onclick = () => loadLocks().catch(e => { $("message").textContent = e.message; });
$("planYear").onchange = () => loadPlans().catch(e => { $("message").textContent = e.message; });
$("packYear").onchange = () => loadPacks().catch(e => { $("message").textContent = e.message; });
$("templateLink").onclick = async event => {
  event.preventDefault();
  try {
    const blob = await (await api("template")).blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = "ghg-template.xlsx"; a.click();
  } catch (e) { $("message").textContent = e.message; }
};
start().catch(e => { $("message").textContent = e.message; });
