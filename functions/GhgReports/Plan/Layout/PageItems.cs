namespace GhgReports.Plan.Layout;

/// <summary>Something drawn at a fixed place on a page, in PDF points from the top-left corner.</summary>
internal abstract record PageItem;

/// <summary>One line of text; <see cref="Y"/> is the baseline.</summary>
internal sealed record TextRun(float X, float Y, string Text, float Size, bool Bold, uint Color) : PageItem;

internal sealed record RuleLine(float X1, float Y1, float X2, float Y2, float Width, uint Color) : PageItem;

internal sealed record FillRect(float X, float Y, float Width, float Height, uint Color) : PageItem;

/// <summary>A figure (<see cref="PlanChart"/> or <see cref="PlanWaterfall"/>) drawn into its box.</summary>
internal sealed record ChartBox(float X, float Y, float Width, float Height, PlanBlock Figure) : PageItem;

/// <summary>Which page a table row landed on, recorded so tests can prove no row is ever split.</summary>
internal sealed record RowPlacement(int Table, int Row, int Page);

internal sealed record LaidOutPage(int Number, IReadOnlyList<PageItem> Items);

internal sealed record LaidOutDocument(PlanDocument Source, IReadOnlyList<LaidOutPage> Pages, IReadOnlyList<RowPlacement> Rows)
{
    public IEnumerable<TextRun> Texts => Pages.SelectMany(p => p.Items).OfType<TextRun>();

    public IEnumerable<PlanChart> Charts => Pages.SelectMany(p => p.Items).OfType<ChartBox>().Select(c => c.Figure).OfType<PlanChart>();

    public IEnumerable<PlanWaterfall> Waterfalls => Pages.SelectMany(p => p.Items).OfType<ChartBox>().Select(c => c.Figure).OfType<PlanWaterfall>();

    public IEnumerable<PlanCostCurve> CostCurves => Pages.SelectMany(p => p.Items).OfType<ChartBox>().Select(c => c.Figure).OfType<PlanCostCurve>();
}

/// <summary>The page and type scale: A4, one family, a few sizes used consistently.</summary>
internal static class PageGeometry
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float Left = 62f;
    public const float Right = Width - 62f;
    public const float ContentWidth = Right - Left;
    public const float Top = 82f;
    public const float Bottom = Height - 68f;
    public const float HeaderBaseline = 46f;
    public const float HeaderRule = 54f;
    public const float FooterBaseline = Height - 34f;

    public const float BodySize = 10.5f;
    public const float BodyLeading = 18f;
    public const float NoteSize = 9f;
    public const float NoteLeading = 14.5f;
    public const float SectionSize = 15f;
    public const float HeadingSize = 11.5f;
    public const float TableSize = 9f;
    public const float TableLeading = 13f;
    public const float CellPadding = 4f;
    public const float HeaderSize = 8.5f;
    public const float ChartHeight = 215f;
    public const float ChartWidth = 400f;
    /// <summary>The height of two charts side by side: each is half the page wide.</summary>
    public const float PairChartHeight = 190f;

    public const uint Ink = 0xFF222222;
    public const uint Muted = 0xFF666666;
    public const uint Accent = 0xFF1F5C3A;
    public const uint RuleColor = 0xFFB0B0B0;
    public const uint HeaderFill = 0xFFE8F0EA;
    public const uint EmphasisFill = 0xFFF4F4F4;
}
