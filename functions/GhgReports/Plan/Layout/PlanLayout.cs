using System.Globalization;
using static GhgReports.Plan.Layout.PageGeometry;

namespace GhgReports.Plan.Layout;

/// <summary>
/// Places the composed plan on A4 pages before anything is drawn, so the page count is known for the footers and the
/// contents, and every character is known for the font subset. Rules: a table row never splits and a table's header
/// row repeats on each page it continues onto; a figure stays whole with its caption; a heading keeps with the first
/// unit of what follows; a short paragraph never splits; two charts in a row (a subsidiary's process and purchased-aluminium
/// pathways) share one band side by side, each with its caption under it.
/// </summary>
internal sealed class PlanLayout
{
    private readonly TextMeasure measure;
    private readonly List<List<PageItem>> pages = [];
    private readonly List<RowPlacement> rows = [];
    private List<PageItem> page = [];
    private float y;
    private int tableCount;

    private PlanLayout(TextMeasure measure) => this.measure = measure;

    public static LaidOutDocument Lay(PlanDocument document, TextMeasure measure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new PlanLayout(measure).Run(document, cancellationToken);
    }

    private LaidOutDocument Run(PlanDocument document, CancellationToken cancellationToken)
    {
        Cover(document.Cover);

        // The contents page: its lines are known now, the page numbers only after the sections are placed.
        NewPage();
        Centered(document.ContentsTitle, SectionSize, bold: true, Accent);
        y += 18f;
        var contentsPage = page;
        var contentsLines = new List<(float Baseline, int Section)>();
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var baseline = y + 16f;
            contentsPage.Add(new TextRun(Left + 12f, baseline, document.Sections[i].Title, BodySize + 0.5f, false, Ink));
            contentsLines.Add((baseline, i));
            y += 26f;
        }

        var sectionPages = new int[document.Sections.Count];
        for (var i = 0; i < document.Sections.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var section = document.Sections[i];
            // The seven sections flow as in the seed; the appendix, the first section after the contents and a section that
            // asks for it (a large group's annex) start a page.
            if (i == 0 || i == document.Sections.Count - 1 || section.StartsPage)
            {
                NewPage();
            }
            else
            {
                y += 10f;
            }
            // The section title keeps with what follows it, as a heading does.
            EnsureSpace(SectionSize * 1.7f + 4f + (section.Blocks.Count > 0 ? KeepHeight(section.Blocks, 0) : 0f));
            sectionPages[i] = pages.Count;
            Paragraph(section.Title, SectionSize, SectionSize * 1.7f, bold: true, Accent);
            y += 4f;
            for (var b = 0; b < section.Blocks.Count;)
            {
                b += Block(section.Blocks, b);
            }
        }

        foreach (var (baseline, section) in contentsLines)
        {
            var number = sectionPages[section].ToString(CultureInfo.InvariantCulture);
            var numberWidth = measure.Width(number, BodySize + 0.5f, false);
            var titleWidth = measure.Width(document.Sections[section].Title, BodySize + 0.5f, false);
            contentsPage.Add(new RuleLine(Left + 12f + titleWidth + 6f, baseline, Right - numberWidth - 6f, baseline, 0.5f, RuleColor));
            contentsPage.Add(new TextRun(Right - numberWidth, baseline, number, BodySize + 0.5f, false, Ink));
        }

        var total = pages.Count;
        var footer = document.FooterFormat;
        for (var i = 1; i < total; i++)
        {
            var items = pages[i];
            items.Add(new TextRun(Left, HeaderBaseline, document.Header, HeaderSize, false, Muted));
            items.Add(new RuleLine(Left, HeaderRule, Right, HeaderRule, 0.6f, Accent));
            var text = string.Format(CultureInfo.InvariantCulture, footer, i + 1, total);
            items.Add(new TextRun((Width - measure.Width(text, HeaderSize, false)) / 2f, FooterBaseline, text, HeaderSize, false, Muted));
        }
        return new LaidOutDocument(document, [.. pages.Select((items, i) => new LaidOutPage(i + 1, items))], rows);
    }

    private void Cover(PlanCover cover)
    {
        NewPage();
        page.Add(new FillRect(0, 0, Width, 10f, Accent));
        y = 250f;
        Centered(cover.GroupName, 20f, bold: true, Ink);
        y += 28f;
        Centered(cover.Title, 30f, bold: true, Accent);
        y += 24f;
        Centered(cover.Year, 15f, bold: false, Ink);
        y = 640f;
        Centered(cover.Date, 11f, bold: false, Ink);
        y += 4f;
        Centered(cover.Version, 11f, bold: false, Ink);
        y += 16f;
        foreach (var line in measure.Wrap(cover.DataNote, ContentWidth, NoteSize, false))
        {
            Centered(line, NoteSize, bold: false, Muted);
        }
    }

    private void Centered(string text, float size, bool bold, uint color)
    {
        var width = measure.Width(text, size, bold);
        y += size * 1.4f;
        page.Add(new TextRun((Width - width) / 2f, y, text, size, bold, color));
    }

    private void NewPage()
    {
        page = [];
        pages.Add(page);
        y = Top;
    }

    private void EnsureSpace(float height)
    {
        if (y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Paragraphs of at most this many lines are never split across pages; longer ones keep two lines on each side.</summary>
    private const int ShortParagraphLines = 3;

    /// <summary>Places the block at <paramref name="index"/> (with the next one when they share a band) and says how many it placed.</summary>
    private int Block(IReadOnlyList<PlanBlock> blocks, int index)
    {
        if (PairAt(blocks, index) is { } pair)
        {
            FigurePair(pair.First, pair.Second);
            return 2;
        }
        switch (blocks[index])
        {
            case PlanHeading heading:
                y += 8f;
                // A heading never stays alone at a page foot: it keeps with the first unit of what follows it.
                var headingHeight = measure.Wrap(heading.Text, ContentWidth, HeadingSize, true).Count * HeadingSize * 1.8f;
                EnsureSpace(headingHeight + (index + 1 < blocks.Count ? KeepHeight(blocks, index + 1) : 0f));
                Paragraph(heading.Text, HeadingSize, HeadingSize * 1.8f, bold: true, Ink);
                break;
            case PlanParagraph paragraph when paragraph.Style == PlanTextStyle.Note:
                Paragraph(paragraph.Text, NoteSize, NoteLeading, bold: false, Muted);
                y += 2f;
                break;
            case PlanParagraph paragraph:
                Paragraph(paragraph.Text, BodySize, BodyLeading, bold: false, Ink);
                y += 4f;
                break;
            case PlanTable table:
                Table(table);
                break;
            case PlanChart or PlanWaterfall or PlanCostCurve:
                Figure(blocks[index]);
                break;
            default:
                throw new NotSupportedException(blocks[index].GetType().Name);
        }
        return 1;
    }

    /// <summary>Two pathway charts in a row: drawn side by side, half the height of two full-width charts in turn.</summary>
    private static (PlanChart First, PlanChart Second)? PairAt(IReadOnlyList<PlanBlock> blocks, int index) =>
        index + 1 < blocks.Count && blocks[index] is PlanChart first && blocks[index + 1] is PlanChart second ? (first, second) : null;

    /// <summary>
    /// The height of the first unit of <paramref name="blocks"/>[<paramref name="index"/>] that must share a page with
    /// the heading before it: a short paragraph whole (two lines of a long one), a table's header and first row, a whole
    /// figure, a heading with its own first unit.
    /// </summary>
    private float KeepHeight(IReadOnlyList<PlanBlock> blocks, int index)
    {
        switch (blocks[index])
        {
            case PlanHeading heading:
                return 8f + measure.Wrap(heading.Text, ContentWidth, HeadingSize, true).Count * HeadingSize * 1.8f
                    + (index + 1 < blocks.Count ? KeepHeight(blocks, index + 1) : 0f);
            case PlanParagraph paragraph:
                var (size, leading) = paragraph.Style == PlanTextStyle.Note ? (NoteSize, NoteLeading) : (BodySize, BodyLeading);
                var lines = measure.Wrap(paragraph.Text, ContentWidth, size, false).Count;
                return (lines <= ShortParagraphLines ? lines : 2) * leading;
            case PlanTable table:
                var widths = ColumnWidths(table);
                var header = Height(Cells(table.Header, widths, table.Columns, bold: true));
                return 4f + header + (table.Rows.Count > 0 ? Height(Cells(table.Rows[0].Cells, widths, table.Columns, table.Rows[0].Emphasis)) : 0f);
            case PlanChart when PairAt(blocks, index) is { } pair:
                return PairHeight(pair.First, pair.Second);
            case PlanChart chart:
                return FigureHeight(chart.Caption);
            case PlanWaterfall waterfall:
                return FigureHeight(waterfall.Caption);
            case PlanCostCurve curve:
                return FigureHeight(curve.Caption);
            default:
                return BodyLeading * 2f;
        }
    }

    private float FigureHeight(string caption) => 6f + ChartHeight + 4f + measure.Wrap(caption, ContentWidth, NoteSize, false).Count * NoteLeading;

    private const float PairGap = 16f;

    private const float PairWidth = (ContentWidth - PairGap) / 2f;

    private int PairCaptionLines(PlanChart first, PlanChart second) =>
        Math.Max(measure.Wrap(first.Caption, PairWidth, NoteSize, false).Count, measure.Wrap(second.Caption, PairWidth, NoteSize, false).Count);

    private float PairHeight(PlanChart first, PlanChart second) => 6f + PairChartHeight + 4f + PairCaptionLines(first, second) * NoteLeading;

    /// <summary>
    /// Places a paragraph's lines. A short one (a list item, a note, a sentence or two) moves whole to the next page
    /// rather than split; a longer one splits with at least two lines on each page.
    /// </summary>
    private void Paragraph(string text, float size, float leading, bool bold, uint color)
    {
        var lines = measure.Wrap(text, ContentWidth, size, bold);
        var next = 0;
        while (next < lines.Count)
        {
            var remaining = lines.Count - next;
            var fits = (int)Math.Floor((Bottom - y) / leading + 0.001f);
            int take;
            if (fits >= remaining)
            {
                take = remaining;
            }
            else if (remaining <= ShortParagraphLines || fits < 2)
            {
                NewPage();
                continue;
            }
            else
            {
                take = Math.Min(fits, remaining - 2);
            }
            for (var i = 0; i < take; i++)
            {
                page.Add(new TextRun(Left, y + leading * 0.75f, lines[next + i], size, bold, color));
                y += leading;
            }
            next += take;
            if (next < lines.Count)
            {
                NewPage();
            }
        }
    }

    private sealed record CellLines(IReadOnlyList<string> Lines, PlanAlign Align);

    private void Table(PlanTable table)
    {
        var table1 = ++tableCount;
        var widths = ColumnWidths(table);
        var header = Cells(table.Header, widths, table.Columns, bold: true);
        var body = table.Rows.Select(r => Cells(r.Cells, widths, table.Columns, r.Emphasis)).ToList();

        y += 4f;
        EnsureSpace(Height(header) + (body.Count > 0 ? Height(body[0]) : 0f));
        Row(header, widths, bold: true, HeaderFill, first: true);
        for (var i = 0; i < body.Count; i++)
        {
            var height = Height(body[i]);
            if (y + height > Bottom)
            {
                NewPage();
                Row(header, widths, bold: true, HeaderFill, first: true);
            }
            var emphasis = table.Rows[i].Emphasis;
            Row(body[i], widths, emphasis, emphasis ? EmphasisFill : 0u, first: false);
            rows.Add(new RowPlacement(table1, i, pages.Count));
        }
        page.Add(new RuleLine(Left, y, Right, y, 0.8f, Ink));
        y += 10f;
    }

    private static float[] ColumnWidths(PlanTable table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        return [.. table.Columns.Select(c => c.Weight / total * ContentWidth)];
    }

    private List<CellLines> Cells(IReadOnlyList<string> cells, float[] widths, IReadOnlyList<PlanColumn> columns, bool bold) =>
        [.. cells.Select((text, c) => new CellLines(measure.Wrap(text, widths[c] - 2 * CellPadding, TableSize, bold),
            // Header cells of numeric columns align with their numbers.
            columns[c].Align))];

    private static float Height(List<CellLines> cells) => cells.Max(c => c.Lines.Count) * TableLeading + 2 * CellPadding;

    private void Row(List<CellLines> cells, float[] widths, bool bold, uint fill, bool first)
    {
        var height = Height(cells);
        if (fill != 0u)
        {
            page.Add(new FillRect(Left, y, ContentWidth, height, fill));
        }
        if (first)
        {
            page.Add(new RuleLine(Left, y, Right, y, 0.8f, Ink));
        }
        var x = Left;
        for (var c = 0; c < cells.Count; c++)
        {
            var baseline = y + CellPadding + TableLeading * 0.75f;
            foreach (var line in cells[c].Lines)
            {
                var lineWidth = measure.Width(line, TableSize, bold);
                var lx = cells[c].Align switch
                {
                    PlanAlign.Right => x + widths[c] - CellPadding - lineWidth,
                    PlanAlign.Center => x + (widths[c] - lineWidth) / 2f,
                    _ => x + CellPadding,
                };
                if (line.Length > 0)
                {
                    page.Add(new TextRun(lx, baseline, line, TableSize, bold, Ink));
                }
                baseline += TableLeading;
            }
            x += widths[c];
        }
        y += height;
        page.Add(new RuleLine(Left, y, Right, y, first ? 0.6f : 0.3f, first ? Ink : RuleColor));
    }

    private void Figure(PlanBlock figure)
    {
        var caption = figure switch
        {
            PlanChart chart => chart.Caption,
            PlanCostCurve curve => curve.Caption,
            _ => ((PlanWaterfall)figure).Caption,
        };
        var captionLines = measure.Wrap(caption, ContentWidth, NoteSize, false);
        y += 6f;
        EnsureSpace(ChartHeight + captionLines.Count * NoteLeading + 8f);
        // A waterfall's bars need the room of the whole column; a line chart reads better narrower.
        var width = figure is PlanWaterfall or PlanCostCurve ? ContentWidth : ChartWidth;
        page.Add(new ChartBox(Left + (ContentWidth - width) / 2f, y, width, ChartHeight, figure));
        y += ChartHeight + 4f;
        foreach (var line in captionLines)
        {
            var lineWidth = measure.Width(line, NoteSize, false);
            page.Add(new TextRun((Width - lineWidth) / 2f, y + NoteLeading * 0.75f, line, NoteSize, false, Ink));
            y += NoteLeading;
        }
        y += 8f;
    }

    private void FigurePair(PlanChart first, PlanChart second)
    {
        var lines = PairCaptionLines(first, second);
        y += 6f;
        EnsureSpace(PairChartHeight + lines * NoteLeading + 8f);
        var top = y;
        foreach (var (chart, x) in new[] { (first, Left), (second, Left + PairWidth + PairGap) })
        {
            page.Add(new ChartBox(x, top, PairWidth, PairChartHeight, chart));
            var baseline = top + PairChartHeight + 4f + NoteLeading * 0.75f;
            foreach (var line in measure.Wrap(chart.Caption, PairWidth, NoteSize, false))
            {
                page.Add(new TextRun(x + (PairWidth - measure.Width(line, NoteSize, false)) / 2f, baseline, line, NoteSize, false, Ink));
                baseline += NoteLeading;
            }
        }
        y = top + PairChartHeight + 4f + lines * NoteLeading + 8f;
    }
}
