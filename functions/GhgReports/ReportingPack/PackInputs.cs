using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.ReportingPack;

/// <summary>
/// A submission's workbook exactly as uploaded. Its id is the SHA-256 of these bytes (as intake names submissions), so
/// the assembler can prove the evidence is the file the figures were read from.
/// </summary>
public sealed record EvidenceFile(string SubmissionId, byte[] Content)
{
    /// <summary>
    /// A submission's workbook read from its source only while its zip entry is written, so a pack of many members
    /// never holds their files at once. Its bytes are hashed on the way through and must still hash to the id.
    /// </summary>
    public static EvidenceFile Streamed(string submissionId, Func<Stream> open) => new(submissionId, []) { Open = open };

    /// <summary>Where the content comes from when it is streamed; null when <see cref="Content"/> holds it.</summary>
    public Func<Stream>? Open { get; private init; }
}

/// <summary>
/// An evidence file an officer stored beside the submission (invoice, meter reading, verification statement), as read
/// from evidence/&lt;code&gt;/&lt;year&gt;/: it goes into the pack under its own name, and the workbook's evidence
/// column cites it by that name.
/// </summary>
public sealed record AttachedEvidence(string SubsidiaryCode, string FileName, byte[] Content)
{
    /// <summary>
    /// An evidence file read from its source only while its zip entry is written. <paramref name="sha256"/> is the hash
    /// recorded when the file was checked in: it stands for the content in the document's fingerprint, and the bytes
    /// streamed must still hash to it.
    /// </summary>
    public static AttachedEvidence Streamed(string subsidiaryCode, string fileName, string sha256, Func<Stream> open) =>
        new(subsidiaryCode, fileName, []) { Open = open, Sha256 = sha256 };

    /// <summary>Where the content comes from when it is streamed; null when <see cref="Content"/> holds it.</summary>
    public Func<Stream>? Open { get; private init; }

    /// <summary>The content's SHA-256 (lower-case hex), recorded at check-in for a streamed file, computed otherwise.</summary>
    public string Sha256
    {
        get => field ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Content));
        private init;
    }
}

/// <summary>What one subsidiary's pack is built from; everything is read before, so building is pure.</summary>
public sealed record PackInputs
{
    public required GroupWorkbook Group { get; init; }
    public required SubsidiaryWorkbook Workbook { get; init; }
    public required SubsidiaryInventory Inventory { get; init; }
    /// <summary>The catalogs the inventory was calculated with: they give each factor's and GWP's source.</summary>
    public required IFactorCatalog Factors { get; init; }
    public required GwpCatalog Gwps { get; init; }
    public required PackSnapshot Snapshot { get; init; }
    public required IReadOnlyList<EvidenceFile> Evidence { get; init; }
    /// <summary>The subsidiary's evidence files for the year.</summary>
    public IReadOnlyList<AttachedEvidence> Attachments { get; init; } = [];
    /// <summary>The base-year inventory when the base year is another year; null prints "not in this pack".</summary>
    public SubsidiaryInventory? BaseYearInventory { get; init; }
    public IReadOnlyList<Recalculation> Recalculations { get; init; } = [];
    /// <summary>The verifier's queries on the year's submission and the officer's answers: the pack's appendix sheet, when any.</summary>
    public IReadOnlyList<PackQuery> Queries { get; init; } = [];
    /// <summary>The organisation's significance criteria (ISO 14064-1 5.2.3); the workbooks do not carry them.</summary>
    public Bilingual? SignificanceCriteria { get; init; }
    /// <summary>Overrides the assembly's informational version in the manifest (tests pin it).</summary>
    public string? GeneratorVersion { get; init; }
    /// <summary>The pack's version for its data, and from version 2 what changed (<see cref="Reporting.DocumentVersions"/>).</summary>
    public int DocumentVersion { get; init; } = 1;
    public Localization.Bilingual? ChangeNote { get; init; }
}

/// <summary>
/// A verifier's query on a line of the submission (sheet and row as in the workbook), the officer's answer and the
/// evidence it cites, and its closing: one row of the pack's queries appendix.
/// </summary>
public sealed record PackQuery(string Sheet, int Row, string Question, string RaisedBy, DateTimeOffset RaisedAt, string Status, string? Answer,
    string? AnsweredBy, DateTimeOffset? AnsweredAt, string? EvidenceFile, string? ClosedBy, DateTimeOffset? ClosedAt, string? ClosingNote);

/// <summary>A consolidated member: its workbook (declarations) and its calculated inventory.</summary>
public sealed record GroupPackMember(SubsidiaryWorkbook Workbook, SubsidiaryInventory Inventory);

/// <summary>What the group's consolidated pack is built from.</summary>
public sealed record GroupPackInputs
{
    public required GroupWorkbook Group { get; init; }
    public required GroupInventory Inventory { get; init; }
    public required IReadOnlyList<GroupPackMember> Members { get; init; }
    public required IFactorCatalog Factors { get; init; }
    public required GwpCatalog Gwps { get; init; }
    public required PackSnapshot Snapshot { get; init; }
    public required IReadOnlyList<EvidenceFile> Evidence { get; init; }
    /// <summary>Every member's evidence files for the year.</summary>
    public IReadOnlyList<AttachedEvidence> Attachments { get; init; } = [];
    /// <summary>Verification of the consolidated inventory itself; null means not verified at group level.</summary>
    public AssuranceDeclaration? Assurance { get; init; }
    /// <summary>The recalculations and corrections of the members' base years, oldest first.</summary>
    public IReadOnlyList<Recalculation> Recalculations { get; init; } = [];
    /// <summary>The group base under the register then and now, when members joined or left since it was first reported.</summary>
    public GhgReports.Inventory.Consolidation.StructuralRecalculation? StructuralChange { get; init; }
    /// <summary>Said when the members' compared years were calculated by different methods: they are not comparable.</summary>
    public Bilingual? MethodsDiffer { get; init; }
    public Bilingual? SignificanceCriteria { get; init; }
    public string? GeneratorVersion { get; init; }
    /// <summary>The pack's version for its data, and from version 2 what changed (<see cref="Reporting.DocumentVersions"/>).</summary>
    public int DocumentVersion { get; init; } = 1;
    public Localization.Bilingual? ChangeNote { get; init; }
}
