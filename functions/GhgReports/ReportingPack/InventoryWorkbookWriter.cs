using System.Globalization;
using ClosedXML.Excel;
using GhgReports.Inventory.Calculation;
using GhgReports.Localization;
using GhgReports.Spreadsheets;
using T = GhgReports.Localization.PackTexts;

namespace GhgReports.ReportingPack;

/// <summary>
/// Writes a pack's inventory workbook: 说明 README (key facts, warnings, the §9.3.1 checklist), 排放明细 Lines (every
/// line with its lineage), 按类别 By category, 按气体 By gas, 因子 Factors and GWP. Every text is written as text, and
/// text that a spreadsheet would take for a formula when edited (leading =, +, -, @, tab, CR) also gets the quote-prefix
/// style, so nothing a subsidiary typed can run. The bytes depend on the model only (see <see cref="WorkbookPackage"/>).
/// </summary>
internal static class InventoryWorkbookWriter
{
    internal const string Tonnes = "#,##0.000";
    internal const string Activity = "#,##0.######";
    internal const string FactorValue = "#,##0.0000######";
    internal const string Percent = "0.##";
    private const string Date = "yyyy-mm-dd";
    internal const int HeaderRows = 2;

    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1F4E79");
    private static readonly XLColor SubHeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor TotalFill = XLColor.FromHtml("#F2F2F2");
    private static readonly XLColor WarningFont = XLColor.FromHtml("#C00000");

    public static string SheetName(Bilingual name) => name.Zh == name.En ? name.En : $"{name.Zh} {name.En}";

    /// <summary>Writes the workbook to <paramref name="output"/>; the same model always gives the same bytes.</summary>
    public static void Write(PackModel pack, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"{pack.Title.Zh} {pack.Title.En}";
        workbook.Properties.Author = "GhgReports";
        workbook.Properties.LastModifiedBy = "GhgReports";
        Readme(workbook.Worksheets.Add(SheetName(T.SheetReadme)), pack);
        var lines = LinesSheet.Write(workbook.Worksheets.Add(SheetName(T.SheetLines)), pack);
        Categories(workbook.Worksheets.Add(SheetName(T.SheetCategories)), pack);
        Gases(workbook.Worksheets.Add(SheetName(T.SheetGas)), pack);
        Factors(workbook.Worksheets.Add(SheetName(T.SheetFactors)), pack);
        Gwp(workbook.Worksheets.Add(SheetName(T.SheetGwp)), pack);
        if (pack.Queries.Count > 0)
        {
            QueriesSheet.Write(workbook.Worksheets.Add(SheetName(PackQueryTexts.Sheet)), pack.Queries);
        }
        foreach (var sheet in workbook.Worksheets)
        {
            // The README has no table header to repeat; the GWP sheet's sits under its two heading rows.
            var header = sheet.Position == 1 ? (0, 0) : sheet.Name == SheetName(T.SheetGwp) ? (1, HeaderRows + 2) : (1, HeaderRows);
            WorkbookLayout.PrintOnePageWide(sheet, header.Item1, header.Item2);
            WorkbookLayout.FitRowHeights(sheet);
        }
        workbook.Worksheet(1).SetTabActive();
        // The Lines sheet, one row per line and gas, is written by OpenXml's streaming writer (see StreamedSheetRows);
        // ClosedXML renders the other sheets, which stay small whatever the group's size.
        WorkbookPackage.Write(workbook, output, pack.Snapshot.Date,
        [
            new StreamedSheet(SheetName(T.SheetLines), frame => StreamedSheetRows.Fill(frame, HeaderRows + 1, lines.ColumnCount, lines.RowCount, lines.Rows)),
        ]);
    }

    private static void Readme(IXLWorksheet sheet, PackModel pack)
    {
        sheet.Column(1).Width = 34;
        sheet.Column(2).Width = 70;
        sheet.Column(3).Width = 70;
        sheet.Column(4).Width = 16;
        sheet.Column(5).Width = 40;
        var title = Text(sheet.Cell(1, 2), pack.Title.Zh);
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        Text(sheet.Cell(1, 3), pack.Title.En).Style.Font.Bold = true;
        var row = 3;
        foreach (var paragraph in new[] { T.ReadmeIntro, T.ReadmeSheets, T.ReadmeEvidence })
        {
            Wrapped(sheet.Cell(row, 2), paragraph.Zh);
            Wrapped(sheet.Cell(row, 3), paragraph.En);
            row++;
        }
        row++;
        Header(sheet, row++, [T.Field, T.Value, T.Value]);
        // A group of 2,000 members cites 130,000 characters of submission ids, four times what a cell holds: the list
        // goes on in the rows below, each cell within the limit.
        var submissions = CellText.Chunks(pack.Inventory.Lines.Select(l => l.Line.SubmissionId).Distinct(StringComparer.Ordinal));
        (Bilingual Label, Bilingual Value)[] facts =
        [
            (T.Organisation, pack.Organisation.Description),
            (T.Responsible, Same(pack.Responsible.Contact is null ? pack.Responsible.Person : $"{pack.Responsible.Person} <{pack.Responsible.Contact}>")),
            (T.Period, pack.PeriodText),
            (T.Approach, pack.Boundaries.ConsolidationApproach),
            (T.SnapshotDate, Same(pack.Snapshot.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))),
            (T.Submissions, Same(submissions[0])),
            .. submissions.Skip(1).Select(more => (Same(""), Same(more))),
            (T.FactorVersion, Same(pack.FactorCatalogVersion)),
            (T.GwpSet, Same($"{pack.Gwp.Id}@{pack.Gwp.Version}")),
            (T.Generator, Same(pack.GeneratorVersion)),
        ];
        foreach (var (label, value) in facts)
        {
            Label(sheet.Cell(row, 1), label);
            row += RunOn(sheet, row, (2, value.Zh), (3, value.En));
        }
        (Bilingual Label, decimal Value)[] figures =
        [
            (T.Scope12Location, pack.Inventory.Scope12LocationBasedTco2e),
            (T.Scope12Market, pack.Inventory.Scope12MarketBasedTco2e),
            (T.TotalLocation, pack.Inventory.TotalLocationBasedTco2e),
            (T.TotalMarket, pack.Inventory.TotalMarketBasedTco2e),
            (T.BiogenicCo2, pack.Inventory.BiogenicCo2Tonnes),
            (T.Removals, pack.Inventory.RemovalsTco2e),
        ];
        foreach (var (label, value) in figures)
        {
            Label(sheet.Cell(row, 1), label);
            Number(sheet.Cell(row, 2), value, Tonnes);
            row++;
        }
        foreach (var warning in pack.Warnings.Concat(pack.Inventory.Eliminations))
        {
            Label(sheet.Cell(row, 1), T.Warnings).Style.Font.FontColor = WarningFont;
            row += RunOn(sheet, row, (2, warning.Zh), (3, warning.En));
        }
        row++;
        Label(sheet.Cell(row++, 1), T.Checklist).Style.Font.FontSize = 12;
        Header(sheet, row++, [T.Requirement, T.Content, T.Content, T.Status, T.Location]);
        foreach (var item in pack.Checklist)
        {
            var status = Status(item.Status);
            var rows = RunOn(sheet, row,
                (1, $"{item.Item}) {item.Requirement.Zh}\n{item.Requirement.En}"),
                (2, item.Content.Zh),
                (3, item.Content.En),
                (4, $"{status.Zh} {status.En}"),
                (5, $"{item.Location.Zh}\n{item.Location.En}"));
            if (item.Status != ChecklistStatus.Provided)
            {
                sheet.Cell(row, 4).Style.Font.FontColor = WarningFont;
            }
            row += rows;
        }
    }

    private static void Categories(IXLWorksheet sheet, PackModel pack)
    {
        TableHeader(sheet,
        [
            (T.ColCategory, 9), (T.ColSubcategory, 12), (new(T.ColName.Zh, T.ColName.Zh), 40), (new(T.ColName.En, T.ColName.En), 50), (T.ColScope, 8),
            (T.ColLocation, 18), (T.ColMarket, 18), (T.ColRemovals, 16), (T.ColEliminated, 18), (T.ColLines, 8),
        ]);
        var row = HeaderRows + 1;
        foreach (var category in pack.Inventory.Categories)
        {
            Number(sheet.Cell(row, 1), category.Category, "0");
            Text(sheet.Cell(row, 3), category.Name.Zh);
            Text(sheet.Cell(row, 4), category.Name.En);
            Number(sheet.Cell(row, 5), (int)category.Scope, "0");
            Number(sheet.Cell(row, 6), category.LocationBasedTco2e, Tonnes);
            Number(sheet.Cell(row, 7), category.MarketBasedTco2e, Tonnes);
            Number(sheet.Cell(row, 8), category.RemovalsTco2e, Tonnes);
            Number(sheet.Cell(row, 9), category.EliminatedTco2e, Tonnes);
            Number(sheet.Cell(row, 10), category.LineCount, "0");
            sheet.Row(row).Style.Font.Bold = true;
            row++;
            foreach (var sub in category.Subcategories)
            {
                Number(sheet.Cell(row, 1), category.Category, "0");
                Text(sheet.Cell(row, 2), sub.Code ?? "-");
                Text(sheet.Cell(row, 3), sub.Name.Zh);
                Text(sheet.Cell(row, 4), sub.Name.En);
                Number(sheet.Cell(row, 6), sub.LocationBasedTco2e, Tonnes);
                Number(sheet.Cell(row, 7), sub.MarketBasedTco2e, Tonnes);
                row++;
            }
        }
        row++;
        (Bilingual Label, decimal Location, decimal Market)[] totals =
        [
            (new Bilingual("范围 1+2", "Scope 1+2"), pack.Inventory.Scope12LocationBasedTco2e, pack.Inventory.Scope12MarketBasedTco2e),
            (T.Total, pack.Inventory.TotalLocationBasedTco2e, pack.Inventory.TotalMarketBasedTco2e),
        ];
        foreach (var (label, location, market) in totals)
        {
            Text(sheet.Cell(row, 1), Display(label));
            Number(sheet.Cell(row, 6), location, Tonnes);
            Number(sheet.Cell(row, 7), market, Tonnes);
            sheet.Range(row, 1, row, 10).Style.Fill.BackgroundColor = TotalFill;
            sheet.Row(row).Style.Font.Bold = true;
            row++;
        }
        Text(sheet.Cell(row, 1), Display(T.BiogenicCo2));
        Number(sheet.Cell(row++, 6), pack.Inventory.BiogenicCo2Tonnes, Tonnes);
        Text(sheet.Cell(row, 1), Display(T.Removals));
        Number(sheet.Cell(row++, 8), pack.Inventory.RemovalsTco2e, Tonnes);
        foreach (var elimination in pack.Inventory.Eliminations)
        {
            Wrapped(sheet.Cell(row, 3), elimination.Zh);
            Wrapped(sheet.Cell(row++, 4), elimination.En);
        }
        Freeze(sheet, 1);
    }

    private static void Gases(IXLWorksheet sheet, PackModel pack)
    {
        TableHeader(sheet, [(T.ColCategory, 9), (T.ColGas, 34), (T.ColGasTonnes, 20), (T.ColGwp, 10), (T.ColTco2e, 20)]);
        var row = HeaderRows + 1;
        foreach (var gas in pack.Inventory.ByGas)
        {
            Number(sheet.Cell(row, 1), gas.Category, "0");
            Text(sheet.Cell(row, 2), gas.Gas);
            Number(sheet.Cell(row, 3), gas.GasTonnes, Tonnes);
            Value(sheet.Cell(row, 4), gas.Gwp, "#,##0.###");
            Number(sheet.Cell(row, 5), gas.Tco2e, Tonnes);
            row++;
        }
        row++;
        Wrapped(sheet.Cell(row++, 2), T.ByGasNote.Zh);
        Wrapped(sheet.Cell(row, 2), T.ByGasNote.En);
        Freeze(sheet, 1);
    }

    private static void Factors(IXLWorksheet sheet, PackModel pack)
    {
        TableHeader(sheet,
        [
            (T.ColFactorId, 36), (T.ColFactorSet, 10), (T.ColFactorVersion, 10), (new(T.ColDescription.Zh, T.ColDescription.Zh), 30),
            (new(T.ColDescription.En, T.ColDescription.En), 30), (T.ColFactorKind, 16), (T.ColGas, 8), (T.ColValue, 18), (T.ColFactorUnit, 10),
            (T.ColCo2eBasis, 10), (T.ColDensity, 10), (T.ColRegion, 14), (T.ColValidFrom, 8), (T.ColValidTo, 8), (T.ColPublisher, 30),
            (T.ColTitle, 40), (T.ColUrl, 40), (T.ColPublished, 12), (T.ColDerivation, 40), (T.ColNotes, 40), (T.ColLines, 8),
        ]);
        var row = HeaderRows + 1;
        foreach (var (factor, lineCount) in pack.Factors)
        {
            foreach (var (gas, value) in factor.TonnesPerUnit.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Text(sheet.Cell(row, 1), factor.Id);
                Text(sheet.Cell(row, 2), factor.SetId);
                Text(sheet.Cell(row, 3), factor.SetVersion);
                Text(sheet.Cell(row, 4), factor.Description.Zh);
                Text(sheet.Cell(row, 5), factor.Description.En);
                Text(sheet.Cell(row, 6), factor.Kind);
                Text(sheet.Cell(row, 7), gas);
                Number(sheet.Cell(row, 8), value, FactorValue);
                Text(sheet.Cell(row, 9), factor.ActivityUnit.Symbol);
                Text(sheet.Cell(row, 10), factor.Co2eGwpBasis);
                Value(sheet.Cell(row, 11), factor.DensityTonnesPerCubicMetre, Activity);
                Text(sheet.Cell(row, 12), factor.Region);
                Number(sheet.Cell(row, 13), factor.ValidFrom, "0");
                Value(sheet.Cell(row, 14), factor.ValidTo, "0");
                Text(sheet.Cell(row, 15), factor.Source.Publisher);
                Text(sheet.Cell(row, 16), factor.Source.Title);
                Text(sheet.Cell(row, 17), factor.Source.Url);
                Value(sheet.Cell(row, 18), factor.Source.Published, Date);
                Text(sheet.Cell(row, 19), factor.Derivation);
                Text(sheet.Cell(row, 20), factor.Notes ?? factor.Source.Notes);
                Number(sheet.Cell(row, 21), lineCount, "0");
                row++;
            }
        }
        if (pack.CustomFactors.Count > 0)
        {
            row++;
            Label(sheet.Cell(row++, 1), T.CustomFactorsHeading);
            Header(sheet, row++, [T.ColSubsidiary, T.ColRow, T.ColValue, T.ColUnit, T.ColFactorSource]);
            foreach (var custom in pack.CustomFactors)
            {
                Text(sheet.Cell(row, 1), custom.SubsidiaryCode);
                Number(sheet.Cell(row, 2), custom.Row, "0");
                Number(sheet.Cell(row, 3), custom.Value, FactorValue);
                Text(sheet.Cell(row, 4), custom.Unit);
                Text(sheet.Cell(row, 5), custom.Source);
                row++;
            }
        }
        Freeze(sheet, 1);
    }

    private static void Gwp(IXLWorksheet sheet, PackModel pack)
    {
        var gwp = pack.Gwp;
        var published = gwp.Source.Published is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "-";
        var heading = T.GwpHeading.Format(gwp.Id, gwp.Title, gwp.HorizonYears, gwp.Version, gwp.Source.Publisher, $"{gwp.Source.Title} {gwp.Source.Url} {published}".Trim());
        TableHeader(sheet, [(T.ColGas, 16), (T.ColGwp, 12), (T.ColAliases, 30), (T.ColUsed, 12), (T.ColNotes, 60)]);
        sheet.Row(1).InsertRowsAbove(2);
        Wrapped(sheet.Cell(1, 1), heading.Zh).Style.Font.Bold = true;
        sheet.Range(1, 1, 1, 5).Merge();
        Wrapped(sheet.Cell(2, 1), heading.En).Style.Font.Bold = true;
        sheet.Range(2, 1, 2, 5).Merge();
        var row = HeaderRows + 3;
        foreach (var value in gwp.Values)
        {
            Text(sheet.Cell(row, 1), value.Gas);
            Number(sheet.Cell(row, 2), value.Gwp, "#,##0.###");
            Text(sheet.Cell(row, 3), string.Join(", ", value.Aliases));
            Text(sheet.Cell(row, 4), Display(value.Used ? T.Yes : T.No));
            Text(sheet.Cell(row, 5), value.Notes);
            row++;
        }
        sheet.SheetView.FreezeRows(HeaderRows + 2);
    }

    internal static void TableHeader(IXLWorksheet sheet, IReadOnlyList<(Bilingual Header, double Width)> columns)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            var (header, width) = columns[c];
            StyleHeader(Text(sheet.Cell(1, c + 1), header.Zh), HeaderFill, XLColor.White);
            StyleHeader(Text(sheet.Cell(2, c + 1), header.En), SubHeaderFill, XLColor.Black);
            // Set by hand: AdjustToContents needs libgdiplus, which Azure's Linux workers do not have.
            sheet.Column(c + 1).Width = width;
        }
    }

    private static void Header(IXLWorksheet sheet, int row, IReadOnlyList<Bilingual> labels)
    {
        for (var c = 0; c < labels.Count; c++)
        {
            StyleHeader(Text(sheet.Cell(row, c + 1), Display(labels[c])), HeaderFill, XLColor.White);
        }
    }

    internal static void Freeze(IXLWorksheet sheet, int columns)
    {
        sheet.SheetView.FreezeRows(HeaderRows);
        sheet.SheetView.FreezeColumns(columns);
    }

    private static void StyleHeader(IXLCell cell, XLColor fill, XLColor font)
    {
        cell.Style.Fill.BackgroundColor = fill;
        cell.Style.Font.FontColor = font;
        cell.Style.Font.Bold = true;
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    private static IXLCell Label(IXLCell cell, Bilingual label)
    {
        Text(cell, Display(label));
        cell.Style.Font.Bold = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        return cell;
    }

    /// <summary>
    /// Writes a row of wrapped texts; a text longer than a cell holds (a group of 2,000 names its members in its
    /// description, its warnings and its checklist) runs on over the rows below. Returns the rows used.
    /// </summary>
    private static int RunOn(IXLWorksheet sheet, int row, params (int Column, string? Text)[] cells)
    {
        var pieces = cells.Select(c => (c.Column, Pieces: CellText.Split(c.Text))).ToList();
        var rows = pieces.Max(c => c.Pieces.Count);
        foreach (var (column, texts) in pieces)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Wrapped(sheet.Cell(row + i, column), texts[i]);
            }
        }
        return rows;
    }

    private static IXLCell Wrapped(IXLCell cell, string? text)
    {
        Text(cell, text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        return cell;
    }

    private static void Value(IXLCell cell, object? value, string? format)
    {
        switch (value)
        {
            case null:
                break;
            case decimal d:
                Number(cell, d, format ?? Activity);
                break;
            case int i:
                Number(cell, i, format ?? "0");
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = format ?? Date;
                break;
            default:
                Text(cell, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void Number(IXLCell cell, decimal value, string format)
    {
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
    }

    /// <summary>
    /// Text always as text: never through <c>Value</c>, which ClosedXML parses ("=…" would become a formula, "-2" a
    /// number). Text a spreadsheet would read as a formula once someone edits the cell also gets the quote prefix.
    /// </summary>
    internal static IXLCell Text(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return cell;
        }
        cell.SetValue(text).SetDataType(XLDataType.Text);
        if (LooksLikeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
        return cell;
    }

    /// <summary>The leading characters spreadsheets (and CSV exports opened in them) treat as the start of a formula.</summary>
    internal static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    internal static string Display(Bilingual text) => text.Zh == text.En ? text.En : $"{text.Zh} {text.En}";

    private static Bilingual Same(string text) => new(text, text);

    private static Bilingual Status(ChecklistStatus status) => status switch
    {
        ChecklistStatus.Provided => T.StatusProvided,
        ChecklistStatus.NotApplicable => T.StatusNotApplicable,
        ChecklistStatus.Partial => T.StatusPartial,
        _ => T.StatusNotProvided,
    };
}
