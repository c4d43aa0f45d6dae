namespace GhgReports.Access;

/// <summary>
/// Who may see or do what. Pure functions of the caller; the HTTP functions call them before touching storage.
/// A subsidiary's data (submissions, uploads) is reachable only by its own officer and by group roles.
/// </summary>
internal static class AccessPolicy
{
    /// <summary>ISO 14064-1 packs: compliance staff all of them; a verifier only a subsidiary and year shared with them.</summary>
    public static bool CanReadPack(Caller caller, string code, int year) =>
        caller.Has(Roles.Compliance)
        || (caller.Has(Roles.Verifier) && caller.HasSubsidiary(code) && caller.SharedYears.Contains(year));

    /// <summary>Whether the caller may list packs at all (the list itself is filtered by <see cref="CanReadPack"/>).</summary>
    public static bool CanListPacks(Caller caller) => caller.Has(Roles.Compliance) || caller.Has(Roles.Verifier);

    /// <summary>The reduction plans: management and group HQ.</summary>
    public static bool CanReadPlans(Caller caller) => caller.Has(Roles.Management) || caller.Has(Roles.Hq);

    /// <summary>Uploading a workbook: only an officer of that very subsidiary.</summary>
    public static bool CanUpload(Caller caller, string code) => caller.Has(Roles.Officer) && caller.HasSubsidiary(code);

    /// <summary>The template pre-filled with a subsidiary's code: its own officer, and group HQ, who may hand it on.</summary>
    public static bool CanFetchPrefilledTemplate(Caller caller, string code) => CanUpload(caller, code) || caller.Has(Roles.Hq);

    /// <summary>A subsidiary's submissions and results: its own officer, compliance staff and group HQ.</summary>
    public static bool CanReadSubmissions(Caller caller, string code) =>
        (caller.Has(Roles.Officer) && caller.HasSubsidiary(code)) || caller.Has(Roles.Compliance) || caller.Has(Roles.Hq);

    /// <summary>Generating plans or packs on demand (each hands out read links): group HQ and management.</summary>
    public static bool CanGenerateDocuments(Caller caller) => caller.Has(Roles.Hq) || caller.Has(Roles.Management);

    /// <summary>The year's tracker (every subsidiary's state, the group's figures, the lock history): group HQ only.</summary>
    public static bool CanReadTracker(Caller caller) => caller.Has(Roles.Hq);

    /// <summary>Locking a verified period, and unlocking it: group HQ only.</summary>
    public static bool CanLockPeriods(Caller caller) => caller.Has(Roles.Hq);

    /// <summary>Approving or returning a workbook awaiting review: group HQ only (never the officer who uploaded it).</summary>
    public static bool CanReview(Caller caller) => caller.Has(Roles.Hq);

    /// <summary>Raising and closing queries, and recording the statement: a verifier, for a subsidiary and year shared with them.</summary>
    public static bool CanVerify(Caller caller, string code, int year) =>
        caller.Has(Roles.Verifier) && caller.HasSubsidiary(code) && caller.SharedYears.Contains(year);

    /// <summary>Answering a query: the officer of that very subsidiary.</summary>
    public static bool CanAnswerQueries(Caller caller, string code) => caller.Has(Roles.Officer) && caller.HasSubsidiary(code);

    /// <summary>A period's queries and statement: its verifier, and whoever may read the subsidiary's submissions.</summary>
    public static bool CanReadVerification(Caller caller, string code, int year) => CanVerify(caller, code, year) || CanReadSubmissions(caller, code);
}
