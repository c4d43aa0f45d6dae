// The GHG web page: HQ's review, verifier's queries and sign-off.
// Served after app.js and hq.js as one script (WebPage.Script), whose helpers it uses: t, format, api, table, show, say,
// sayKey, sayError, quiet, has, me, reportButton, and hq.js's tracker and when. Each part is shown to the roles that use it:
// group HQ approves or returns workbooks awaiting review and reads the queries; an officer reads HQ's decisions and
// answers the verifier's queries, citing an evidence file; a verifier raises and closes queries on lines of the data in
// force and records the verification statement, which HQ's lock form can then take in one step.
let verification = null;
let evidenceNames = [];
let reviewRows = [];
let decisions = [];

const reviewCode = () => $("reviewCode").value;
const reviewYear = () => $("reviewYear").value;
const verificationPath = () => "verification/" + encodeURIComponent(reviewCode()) + "/" + encodeURIComponent(reviewYear());
const isVerifier = () => has("verifier") && me.subsidiaries.length > 0;
const isOfficer = () => has("officer") && me.subsidiaries.length > 0;

function button(key, onclick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = t(key);
  b.onclick = onclick;
  return b;
}

async function loadReview() {
  const shown = has("hq") || isOfficer() || isVerifier();
  $("review").classList.toggle("hidden", !shown);
  if (!shown) return;
  fillReviewChoices();
  $("reviewHq").classList.toggle("hidden", !has("hq"));
  $("reviewOfficer").classList.toggle("hidden", !isOfficer());
  $("queryForm").classList.toggle("hidden", !isVerifier());
  $("statementForm").classList.toggle("hidden", !isVerifier());
  if (has("hq")) await loadPendingReviews();
  if (isOfficer()) await loadDecisions();
  await loadVerification();
}

// Subsidiaries: HQ every registered one (from the tracker), an officer or a verifier their own; years: a verifier's shared ones.
function fillReviewChoices() {
  const select = $("reviewCode"), kept = select.value;
  const codes = has("hq") && tracker ? tracker.subsidiaries.map(s => s.code) : me.subsidiaries;
  select.replaceChildren(...codes.map(c => new Option(c, c)));
  if (codes.includes(kept)) select.value = kept;
  // HQ's year is the tracker's; an officer's the year of their evidence; a verifier's the latest shared with them.
  if (has("hq") && tracker) $("reviewYear").value = tracker.year;
  else if (!$("reviewYear").value) {
    $("reviewYear").value = isVerifier() && me.sharedYears.length ? Math.max(...me.sharedYears) : ($("evidenceYear").value || new Date().getFullYear() - 1);
  }
  $("statementLevel").replaceChildren(...["reasonable", "limited"].map(l => new Option(t("level." + l), l)));
  $("sheetNames").replaceChildren(...t("sheetNames").split("|").map(n => new Option(n, n)));
}

// HQ: every workbook awaiting review in the tracker's year, whatever the subsidiary.
async function loadPendingReviews() {
  reviewRows = [];
  for (const s of (tracker ? tracker.subsidiaries : []).filter(s => s.awaitingReview > 0)) {
    const view = await (await api("submissions/" + encodeURIComponent(s.code))).json();
    view.history.filter(h => h.status === "awaiting-review" && h.reportingYear === tracker.year && !h.id.includes("-d-"))
      .forEach(h => reviewRows.push(Object.assign({ code: s.code }, h)));
  }
  show("reviewList", table([
    { key: "subsidiary", value: r => r.code }, { key: "file", value: r => r.fileName }, { key: "year", value: r => r.reportingYear },
    { key: "uploadedAt", value: r => when(r.uploadedAt) }, { key: "warnings", value: r => r.warningCount },
    { key: "report", value: r => reportButton(r.code, r.id) },
    { key: "approve", value: r => button("approve", () => decide(r, "approve")) },
    { key: "return", value: r => button("return", () => decide(r, "return")) }], reviewRows));
}

async function decide(row, decision) {
  const comment = $("reviewComment").value.trim();
  try {
    const done = await (await api("submissions/" + encodeURIComponent(row.code) + "/" + encodeURIComponent(row.id) + "/review?decision=" + decision
      + (comment ? "&comment=" + encodeURIComponent(comment) : ""), { method: "POST" })).json();
    $("reviewComment").value = "";
    if (decision === "approve") sayKey("reviewState", "reviewApproved", row.code, row.fileName, t("status." + done.status));
    else sayKey("reviewState", "reviewReturnedDone", row.code, row.fileName);
    await loadHqHome();
    await loadPendingReviews();
  } catch (e) { sayError("reviewState", e); }
}

// An officer: HQ's decisions on their workbooks, with the comment.
async function loadDecisions() {
  const view = await (await api("submissions/" + encodeURIComponent(reviewCode()))).json();
  decisions = view.history.filter(h => (h.status === "awaiting-review" || h.reviewedBy) && !h.id.includes("-d-"));
  show("reviewDecisions", table([
    { key: "file", value: h => h.fileName }, { key: "year", value: h => h.reportingYear }, { key: "status", value: h => t("status." + h.status) },
    { key: "reviewedBy", value: h => h.reviewedBy || "" }, { key: "comment", value: h => h.reviewComment || "" }], decisions));
}

async function loadVerification() {
  if (!reviewCode() || !reviewYear()) return;
  verification = await (await api(verificationPath())).json();
  if (isOfficer()) {
    evidenceNames = (await (await api("evidence/" + encodeURIComponent(reviewCode()) + "/" + encodeURIComponent(reviewYear()))).json()).map(f => f.fileName);
  }
  renderVerification();
}

function renderVerification() {
  if (!verification) return;
  show("queryList", table([
    { key: "querySheet", value: q => q.sheet }, { key: "queryRow", value: q => q.row }, { key: "question", value: q => q.question },
    { key: "raisedBy", value: q => q.raisedBy + " · " + when(q.raisedAt) }, { key: "status", value: q => t("query." + q.status) },
    { key: "answer", value: q => answerCell(q) }, { key: "evidenceFile", value: q => q.evidenceFile || "" },
    { key: "closeQuery", value: q => isVerifier() && q.status !== "closed" ? button("closeQuery", () => closeQuery(q)) : (q.closedBy ? q.closedBy + (q.closingNote ? ": " + q.closingNote : "") : "") }],
    verification.queries));
  const s = verification.statement;
  say("statementText", () => s ? format(t("statementOf"), s.reference, t("level." + s.level), s.date, s.recordedBy) + (s.fileName ? " · " + s.fileName : "") : t("noStatement"));
}

// The officer answers an open query here: the text, and an evidence file of the year already attached (or none).
function answerCell(q) {
  if (!isOfficer() || q.status === "closed") return (q.answer || "") + (q.answeredBy ? " (" + q.answeredBy + ")" : "");
  const box = document.createElement("span");
  const text = document.createElement("input");
  text.id = "answer-" + q.id; text.maxLength = 2000; text.value = q.answer || ""; text.setAttribute("aria-label", t("answer"));
  const evidence = document.createElement("select");
  evidence.id = "evidence-" + q.id; evidence.setAttribute("aria-label", t("evidenceFile"));
  evidence.replaceChildren(new Option(t("noEvidence"), ""), ...evidenceNames.map(n => new Option(n, n)));
  if (q.evidenceFile) evidence.value = q.evidenceFile;
  box.append(text, " ", evidence, " ", button("sendAnswer", () => answerQuery(q, text.value.trim(), evidence.value)));
  return box;
}

async function answerQuery(q, text, evidence) {
  try {
    await api(verificationPath() + "/queries/" + encodeURIComponent(q.id) + "?action=answer&text=" + encodeURIComponent(text)
      + (evidence ? "&evidence=" + encodeURIComponent(evidence) : ""), { method: "POST" });
    sayKey("reviewState", "queryAnswered");
    await loadVerification();
  } catch (e) { sayError("reviewState", e); }
}

async function closeQuery(q) {
  try {
    await api(verificationPath() + "/queries/" + encodeURIComponent(q.id) + "?action=close", { method: "POST" });
    sayKey("reviewState", "queryClosed");
    await loadVerification();
  } catch (e) { sayError("reviewState", e); }
}

async function raiseQuery(event) {
  event.preventDefault();
  const sheet = $("querySheet").value.trim(), row = $("queryRow").value;
  try {
    await api(verificationPath() + "?sheet=" + encodeURIComponent(sheet) + "&row=" + encodeURIComponent(row)
      + "&question=" + encodeURIComponent($("queryText").value.trim()), { method: "POST" });
    event.target.reset();
    sayKey("reviewState", "queryRaised", sheet, row);
    await loadVerification();
  } catch (e) { sayError("reviewState", e); }
}

// The statement's file travels as the request's body and is stored among the year's evidence, checked like any other.
async function recordStatement(event) {
  event.preventDefault();
  const file = $("statementFile").files[0];
  const reference = $("statementReference").value.trim();
  try {
    await api(verificationPath() + "/statement?reference=" + encodeURIComponent(reference) + "&level=" + encodeURIComponent($("statementLevel").value)
      + "&date=" + encodeURIComponent($("statementDate").value) + (file ? "&fileName=" + encodeURIComponent(file.name) : ""),
      { method: "POST", body: file || null });
    event.target.reset();
    sayKey("reviewState", "statementRecorded", reviewCode(), reviewYear(), reference);
    await loadVerification();
  } catch (e) { sayError("reviewState", e); }
}

// HQ's lock form: "use the recorded statement" takes the verifier and the reference from the statement, nothing to type.
function useStatementChanged() {
  const use = $("lockUseStatement").checked;
  ["lockVerifier", "lockStatement"].forEach(id => { $(id).disabled = use; $(id).required = !use; });
}

function wireReview() {
  $("reviewCode").onchange = () => { quiet("reviewState"); (isOfficer() ? loadDecisions() : Promise.resolve()).then(loadVerification).catch(e => sayError("message", e)); };
  $("reviewYear").onchange = () => { quiet("reviewState"); loadVerification().catch(e => sayError("message", e)); };
  $("queryForm").onsubmit = raiseQuery;
  $("statementForm").onsubmit = recordStatement;
  $("lockUseStatement").onchange = useStatementChanged;
  // The form's reset (after a lock) clears the box; the fields come back with it.
  $("lockForm").addEventListener("reset", () => setTimeout(useStatementChanged));
}

wireReview();
