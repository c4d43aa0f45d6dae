using GhgReports.Localization;

namespace GhgReports.Plan;

/// <summary>
/// The reduction plan in one language, fully composed: every string it prints is here before layout starts, so the
/// font can be subset to exactly these characters. <see cref="Subsidiaries"/> repeats the figures in structured form
/// for callers and tests.
/// </summary>
internal sealed record PlanDocument
{
    public required Language Language { get; init; }
    public required PlanCover Cover { get; init; }
    /// <summary>Printed at the top of every page but the cover.</summary>
    public required string Header { get; init; }
    /// <summary>"第 {0} 页 / 共 {1} 页" or "{0} / {1}".</summary>
    public required string FooterFormat { get; init; }
    public required string ContentsTitle { get; init; }
    public required IReadOnlyList<PlanSection> Sections { get; init; }
    public required IReadOnlyList<PlanSubsidiarySummary> Subsidiaries { get; init; }
    public required PlanMetadata Metadata { get; init; }
    /// <summary>The items of appendix A, as numbered there and referred to by the notes beside the tables.</summary>
    public IReadOnlyList<PlanNotice> Notices { get; init; } = [];
}

internal sealed record PlanCover(string GroupName, string Title, string Year, string Date, string Version, string DataNote);

internal sealed record PlanMetadata(string Title, string Author, string Subject, string Creator, DateTimeOffset Date);

internal sealed record PlanSection(string Title, IReadOnlyList<PlanBlock> Blocks)
{
    /// <summary>Starts on a page of its own, as the appendix always does (a large group's annex too).</summary>
    public bool StartsPage { get; init; }
}

/// <summary>A unit the layout places: it never splits a table row, a chart, or a heading from what follows it.</summary>
internal abstract record PlanBlock;

/// <summary>A sub-heading inside a section: （一）山东创新精密科技有限公司.</summary>
internal sealed record PlanHeading(string Text) : PlanBlock;

internal enum PlanTextStyle
{
    Body,
    Note,
    Caption,
}

internal sealed record PlanParagraph(string Text, PlanTextStyle Style = PlanTextStyle.Body) : PlanBlock;

internal enum PlanAlign
{
    Left,
    Right,
    Center,
}

/// <summary>A column: relative width and alignment (numbers right-aligned).</summary>
internal sealed record PlanColumn(float Weight, PlanAlign Align);

internal sealed record PlanTableRow(IReadOnlyList<string> Cells, bool Emphasis = false);

/// <summary>A table whose header row repeats on every page it continues onto.</summary>
internal sealed record PlanTable(IReadOnlyList<PlanColumn> Columns, IReadOnlyList<string> Header, IReadOnlyList<PlanTableRow> Rows) : PlanBlock;

internal enum PlanSeriesKind
{
    /// <summary>Our pathway: a solid line.</summary>
    Target,
    /// <summary>The subsidiary's declared table: a dashed line.</summary>
    Declared,
    /// <summary>Stored actual intensities: markers only.</summary>
    Actual,
}

internal readonly record struct PlanPoint(int Year, double Value);

internal sealed record PlanSeries(string Name, PlanSeriesKind Kind, IReadOnlyList<PlanPoint> Points);

/// <summary>A pathway chart, drawn as vector graphics, caption below.</summary>
internal sealed record PlanChart(string Caption, string XTitle, string YTitle, IReadOnlyList<PlanSeries> Series) : PlanBlock;

internal enum PlanBarKind
{
    /// <summary>A level, drawn from zero: the base, the target.</summary>
    Level,
    /// <summary>A change, drawn from the running level: up when positive, down when negative.</summary>
    Change,
}

/// <summary>One bar of a waterfall, in tCO2e.</summary>
internal sealed record PlanBar(string Label, decimal Value, PlanBarKind Kind);

/// <summary>
/// A gap waterfall (base → changes → target), drawn as vector graphics, caption below. The vertical axis starts at
/// <see cref="AxisFloor"/> (the caption says so when it is not zero): from zero, changes of a few percent would not show.
/// </summary>
internal sealed record PlanWaterfall(string Caption, string YTitle, IReadOnlyList<PlanBar> Bars, decimal AxisFloor) : PlanBlock;

/// <summary>One measure on a cost curve: its number in the table beside it, its tCO2e per year and its CNY per tCO2e.</summary>
internal sealed record PlanCostStep(string Label, decimal WidthTco2e, decimal CostPerTco2e);

/// <summary>
/// A marginal abatement cost curve: one bar per measure, as wide as the tCO2e it abates per year and as high as its cost
/// per tCO2e, cheapest first, drawn as vector graphics with the caption below.
/// </summary>
internal sealed record PlanCostCurve(string Caption, string XTitle, string YTitle, IReadOnlyList<PlanCostStep> Steps) : PlanBlock;

internal enum PlanSubsidiaryStatus
{
    Included,
    Missing,
}

/// <summary>One registered subsidiary as the plan reports it.</summary>
internal sealed record PlanSubsidiarySummary
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required PlanSubsidiaryStatus Status { get; init; }
    public string? SubmissionId { get; init; }
    /// <summary>ISO 14064-1 categories 1–6, tCO2e (category 2 location-based); empty when missing.</summary>
    public IReadOnlyDictionary<int, decimal> Categories { get; init; } = new Dictionary<int, decimal>();
    public decimal? Scope12Intensity { get; init; }
    public IReadOnlyList<PlanPoint> ProcessPathway { get; init; } = [];
    public IReadOnlyList<PlanPoint> PurchasedAluminiumPathway { get; init; } = [];
}
