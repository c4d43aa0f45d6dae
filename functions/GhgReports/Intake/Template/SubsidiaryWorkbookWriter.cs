using System.Globalization;
using ClosedXML.Excel;
using GhgReports.Intake.Workbook;
using GhgReports.Localization;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Intake.Template;

/// <summary>
/// Writes the subsidiary workbook from <see cref="SubsidiaryWorkbookSchema"/>: the blank template we publish, or the
/// same layout filled with data (the sample workbooks). Layout only; all wording comes from the schema and
/// <see cref="TemplateTexts"/>.
/// </summary>
public static class SubsidiaryWorkbookWriter
{
    private const int FirstDataRow = 3;
    private const int ValidatedRows = 500;
    private static readonly XLColor InputFill = XLColor.FromHtml("#FFF8DC");
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#1F4E79");
    private static readonly XLColor SubHeaderFill = XLColor.FromHtml("#DDEBF7");
    private static readonly XLColor ExampleFont = XLColor.FromHtml("#7F7F7F");

    /// <param name="factorIds">Ids offered in the factor dropdown (the factor library in force).</param>
    /// <param name="data">Null writes the blank template with an example row on each table sheet.</param>
    public static void Write(Stream output, IReadOnlyList<string> factorIds, SubsidiaryWorkbook? data = null)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"{TemplateTexts.Title.Zh} {TemplateTexts.Title.En}";
        workbook.Properties.Author = "GhgReports";
        WriteInstructions(workbook.Worksheets.Add(S.Instructions.TemplateName));
        var lists = WriteLists(workbook, factorIds);

        WriteKeyValue(workbook.Worksheets.Add(S.Entity.TemplateName), S.Entity, lists, data is null ? null : EntityValues(data.Entity));
        WriteTable(workbook.Worksheets.Add(S.Sources.TemplateName), S.Sources, lists, data?.Sources.Select(SourceValues), ExampleSource);
        WriteTable(workbook.Worksheets.Add(S.EnergyAndProduction.TemplateName), S.EnergyAndProduction, lists,
            data?.EnergyAndProduction.Select(EnergyValues), ExampleEnergy);
        WriteTable(workbook.Worksheets.Add(S.Targets.TemplateName), S.Targets, lists, data?.Targets.Select(TargetValues), ExampleTarget);
        WriteKeyValue(workbook.Worksheets.Add(S.Goals.TemplateName), S.Goals, lists, data is null ? null : GoalValues(data.Goals));
        WriteTable(workbook.Worksheets.Add(S.Pathway.TemplateName), S.Pathway, lists, data?.DeclaredPathway.Select(PathwayValues), ExamplePathway);
        WriteTable(workbook.Worksheets.Add(S.Measures.TemplateName), S.Measures, lists, data?.Measures.Select(MeasureValues), ExampleMeasure);

        // The lists sheet goes last and hidden: officers pick from dropdowns, not from it.
        lists.Sheet.Position = workbook.Worksheets.Count;
        lists.Sheet.Visibility = XLWorksheetVisibility.Hidden;
        workbook.Worksheet(1).SetTabActive();
        workbook.SaveAs(output);
    }

    private sealed record Lists(IXLWorksheet Sheet, Dictionary<string, IXLRange> Ranges, IXLRange? FactorIds);

    private static Lists WriteLists(XLWorkbook workbook, IReadOnlyList<string> factorIds)
    {
        var sheet = workbook.Worksheets.Add(S.ListsSheetName);
        var ranges = new Dictionary<string, IXLRange>();
        var column = 1;
        foreach (var list in ChoiceLists.All)
        {
            for (var i = 0; i < list.Options.Count; i++)
            {
                sheet.Cell(i + 1, column).SetValue(list.Options[i].Display).SetDataType(XLDataType.Text);
            }
            ranges[list.Name] = sheet.Range(1, column, list.Options.Count, column);
            column++;
        }
        IXLRange? factors = null;
        if (factorIds.Count > 0)
        {
            for (var i = 0; i < factorIds.Count; i++)
            {
                sheet.Cell(i + 1, column).SetValue(factorIds[i]).SetDataType(XLDataType.Text);
            }
            factors = sheet.Range(1, column, factorIds.Count, column);
        }
        return new(sheet, ranges, factors);
    }

    private static void WriteInstructions(IXLWorksheet sheet)
    {
        sheet.Column(1).Width = 120;
        var title = sheet.Cell(1, 1);
        title.SetValue($"{TemplateTexts.Title.Zh}  {TemplateTexts.Title.En}");
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        var row = 3;
        foreach (var paragraph in TemplateTexts.Instructions)
        {
            var heading = paragraph.Zh.Length < 12;
            WriteParagraph(sheet.Cell(row++, 1), paragraph.Zh, heading);
            WriteParagraph(sheet.Cell(row++, 1), paragraph.En, heading);
            row++;
        }
        WriteParagraph(sheet.Cell(row++, 1), "工作表与列说明见 docs/workbook.md。", false);
        WriteParagraph(sheet.Cell(row, 1), "Sheets and columns are documented in docs/workbook.md.", false);
    }

    private static void WriteParagraph(IXLCell cell, string text, bool heading)
    {
        cell.SetValue(text).SetDataType(XLDataType.Text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        cell.Style.Font.Bold = heading;
    }

    private static void WriteKeyValue(IXLWorksheet sheet, SheetSpec spec, Lists lists, IReadOnlyDictionary<string, object?>? values)
    {
        string[] headers = [TemplateTexts.KeyValueHeaderField.Zh, TemplateTexts.KeyValueHeaderField.En, $"{TemplateTexts.KeyValueHeaderValue.Zh} {TemplateTexts.KeyValueHeaderValue.En}", $"{TemplateTexts.KeyValueHeaderHint.Zh} {TemplateTexts.KeyValueHeaderHint.En}"];
        for (var c = 0; c < headers.Length; c++)
        {
            StyleHeader(sheet.Cell(1, c + 1).SetValue(headers[c]), HeaderFill, XLColor.White);
        }
        sheet.Column(1).Width = 26;
        sheet.Column(2).Width = 36;
        sheet.Column(3).Width = spec.Fields.Any(f => f.Kind == FieldKind.LongText) ? 70 : 30;
        sheet.Column(4).Width = 60;
        var row = 2;
        foreach (var field in spec.Fields)
        {
            sheet.Cell(row, 1).SetValue(field.Label.Zh + (field.Required ? " *" : "")).Style.Font.Bold = field.Required;
            sheet.Cell(row, 2).SetValue(field.Label.En + (field.Required ? " *" : ""));
            var valueCell = sheet.Cell(row, 3);
            StyleInput(valueCell, field);
            if (values is not null && values.TryGetValue(field.Key, out var value))
            {
                WriteValue(valueCell, value);
            }
            AddValidation(sheet.Range(row, 3, row, 3), field, lists);
            if (field.Hint is { } hint)
            {
                var hintCell = sheet.Cell(row, 4).SetValue($"{hint.Zh} / {hint.En}");
                hintCell.Style.Alignment.WrapText = true;
                hintCell.Style.Font.FontColor = ExampleFont;
            }
            row++;
        }
        sheet.SheetView.FreezeRows(1);
    }

    private static void WriteTable(IXLWorksheet sheet, SheetSpec spec, Lists lists, IEnumerable<object?[]>? rows, object?[] example)
    {
        for (var c = 0; c < spec.Fields.Count; c++)
        {
            var field = spec.Fields[c];
            var zh = sheet.Cell(1, c + 1).SetValue(field.Label.Zh + (field.Required ? " *" : ""));
            StyleHeader(zh, HeaderFill, XLColor.White);
            var en = sheet.Cell(2, c + 1).SetValue(field.Label.En);
            StyleHeader(en, SubHeaderFill, XLColor.Black);
            if (field.Hint is { } hint)
            {
                zh.Comment.AddText($"{hint.Zh}\n{hint.En}");
            }
            sheet.Column(c + 1).Width = field.Width;
        }
        var row = FirstDataRow;
        if (rows is null)
        {
            WriteRow(sheet, row, example);
            sheet.Row(row).Style.Font.FontColor = ExampleFont;
            sheet.Row(row).Style.Font.Italic = true;
            row++;
        }
        else
        {
            foreach (var values in rows)
            {
                WriteRow(sheet, row++, values);
            }
        }
        var lastRow = Math.Max(row + ValidatedRows, FirstDataRow + ValidatedRows);
        for (var c = 0; c < spec.Fields.Count; c++)
        {
            var range = sheet.Range(FirstDataRow, c + 1, lastRow, c + 1);
            range.Style.Fill.BackgroundColor = InputFill;
            ApplyNumberFormat(range, spec.Fields[c]);
            AddValidation(range, spec.Fields[c], lists);
        }
        sheet.SheetView.FreezeRows(2);
        sheet.SheetView.FreezeColumns(1);
    }

    private static void WriteRow(IXLWorksheet sheet, int row, object?[] values)
    {
        for (var c = 0; c < values.Length; c++)
        {
            WriteValue(sheet.Cell(row, c + 1), values[c]);
        }
    }

    /// <summary>Numbers and dates as such; every text as explicit text, so nothing an officer wrote can become a formula.</summary>
    private static void WriteValue(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case decimal d:
                cell.SetValue(d);
                break;
            case int i:
                cell.SetValue(i);
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            default:
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture)).SetDataType(XLDataType.Text);
                break;
        }
    }

    private static void StyleHeader(IXLCell cell, XLColor fill, XLColor font)
    {
        cell.Style.Fill.BackgroundColor = fill;
        cell.Style.Font.FontColor = font;
        cell.Style.Font.Bold = true;
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
    }

    private static void StyleInput(IXLCell cell, FieldSpec field)
    {
        cell.Style.Fill.BackgroundColor = InputFill;
        cell.Style.Alignment.WrapText = field.Kind == FieldKind.LongText;
        ApplyNumberFormat(cell.AsRange(), field);
    }

    private static void ApplyNumberFormat(IXLRange range, FieldSpec field)
    {
        switch (field.Kind)
        {
            case FieldKind.Number:
                range.Style.NumberFormat.Format = "#,##0.######";
                break;
            case FieldKind.Date:
                range.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            case FieldKind.Year:
                range.Style.NumberFormat.Format = "0";
                break;
        }
    }

    private static void AddValidation(IXLRange range, FieldSpec field, Lists lists)
    {
        if (field.List is { } list && lists.Ranges.TryGetValue(list.Name, out var listRange))
        {
            var validation = range.SetDataValidation();
            validation.List(listRange, true);
            validation.IgnoreBlanks = true;
            validation.ErrorStyle = XLErrorStyle.Warning;
            validation.ErrorTitle = "请从列表选择 / Pick from the list";
            validation.ErrorMessage = list.Describe();
        }
        else if (field.Kind == FieldKind.FactorId && lists.FactorIds is { } factors)
        {
            var validation = range.SetDataValidation();
            validation.List(factors, true);
            validation.IgnoreBlanks = true;
            // A warning, not a stop: the validator names unknown ids precisely, and a custom factor may leave it blank.
            validation.ErrorStyle = XLErrorStyle.Warning;
        }
        else if (field.Kind == FieldKind.Year)
        {
            var validation = range.SetDataValidation();
            validation.WholeNumber.Between(2000, 2100);
            validation.IgnoreBlanks = true;
            validation.ErrorStyle = XLErrorStyle.Warning;
        }
    }

    private static string Display(ChoiceList list, string key) => list[key].Display;

    private static Dictionary<string, object?> EntityValues(EntityDeclaration e)
    {
        var values = new Dictionary<string, object?>
        {
            ["subsidiary_code"] = e.SubsidiaryCode,
            ["subsidiary_name"] = e.SubsidiaryName,
            ["reporting_year"] = e.ReportingYear,
            ["period_start"] = e.PeriodStart,
            ["period_end"] = e.PeriodEnd,
            ["base_year"] = e.BaseYear,
            ["production_stage"] = Display(ChoiceLists.ProductionStage, e.ProductionStage),
            ["output_t"] = e.OutputTonnes,
            ["purchased_aluminium_t"] = e.PurchasedAluminiumTonnes,
            ["scrap_t"] = e.ScrapTonnes,
            ["intra_group_t"] = e.IntraGroupPurchaseTonnes,
            ["grid_region"] = e.GridRegion,
            ["responsible_person"] = e.ResponsiblePerson,
            ["contact"] = e.Contact,
            ["assurance_status"] = Display(ChoiceLists.AssuranceStatus, e.Assurance.Status),
            ["verifier"] = e.Assurance.Verifier,
            ["assurance_level"] = e.Assurance.Level is { } level ? Display(ChoiceLists.AssuranceLevel, level) : null,
            ["statement_reference"] = e.Assurance.StatementReference,
        };
        foreach (var decision in e.Significance)
        {
            values[$"category{decision.Category}"] = Display(ChoiceLists.Significance, decision.Included ? "included" : "excluded");
            values[$"category{decision.Category}_justification"] = decision.Justification;
        }
        foreach (var (category, total) in e.DeclaredTotals)
        {
            values[$"declared_total_{category}"] = total;
        }
        return values;
    }

    private static Dictionary<string, object?> GoalValues(GoalsStatement g) => new()
    {
        ["statement"] = g.Statement,
        ["short_term"] = g.ShortTerm,
        ["mid_term"] = g.MidTerm,
        ["long_term"] = g.LongTerm,
        ["explanation"] = g.Explanation,
        ["notes"] = g.Notes,
    };

    private static object?[] SourceValues(EmissionSourceLine s) =>
    [
        s.LineNumber,
        Display(ChoiceLists.Category, s.Category.ToString(CultureInfo.InvariantCulture)),
        s.Subcategory is null ? null : Display(ChoiceLists.Subcategory, s.Subcategory),
        s.SourceName,
        s.Facility,
        Display(ChoiceLists.Gas, s.Gas),
        Display(ChoiceLists.YesNo, s.Biogenic ? "yes" : "no"),
        Display(ChoiceLists.LineKind, s.Kind == LineKind.Removal ? "removal" : "emission"),
        s.ActivityAmount,
        s.ActivityUnitText ?? s.ActivityUnit?.Symbol,
        s.FactorId,
        s.CustomFactor?.Value,
        s.CustomFactor?.Unit,
        s.CustomFactor?.Source,
        s.ReportedTco2e,
        s.Evidence,
        s.UncertaintyPercent,
        Display(ChoiceLists.Instrument, s.Instrument switch
        {
            ContractualInstrument.GreenCertificate => "gec",
            ContractualInstrument.PowerPurchaseAgreement => "ppa",
            ContractualInstrument.OnSiteGeneration => "onsite",
            _ => "none",
        }),
        s.Scope3Category,
        s.Notes,
    ];

    private static object?[] EnergyValues(EnergyProductionRecord e) =>
        [null, e.Year, e.Month, Display(ChoiceLists.EnergyItem, e.Item), e.Amount, e.Unit.Symbol, e.Notes];

    private static object?[] TargetValues(TargetDeclaration t) =>
    [
        null,
        Display(ChoiceLists.TargetBoundary, t.Boundary),
        Display(ChoiceLists.TargetMetric, t.Metric),
        Display(ChoiceLists.GasBasis, t.GasBasis),
        t.BaseYear,
        t.TargetYear,
        t.ReductionPercent,
        Display(ChoiceLists.TargetCadence, t.Cadence),
        t.TargetValue,
        t.TargetUnit,
        t.Wording,
    ];

    private static object?[] PathwayValues(DeclaredPathwayPoint p) =>
        [null, Display(ChoiceLists.PathwayKind, p.Pathway), p.Year, p.Value, p.Unit, p.Source];

    private static object?[] MeasureValues(ReductionMeasure m) =>
    [
        null, m.Name, Display(ChoiceLists.MeasureType, m.Type), m.Description, m.Start, m.Capacity, m.CapacityUnit?.Symbol,
        m.FullLoadHours, m.AnnualAmount, m.AnnualUnit, m.DeclaredReduction, m.DeclaredReductionUnit, m.Notes,
    ];

    private static readonly object?[] ExampleSource =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.Category, "2"), Display(ChoiceLists.Subcategory, "2.1"),
        "外购电力 Purchased electricity", "一车间 Workshop 1", "CO2", Display(ChoiceLists.YesNo, "no"), Display(ChoiceLists.LineKind, "emission"),
        12345.6m, "MWh", "cn-grid/2022/national-carbon-market", null, null, null, null, "电费发票 Electricity invoices", 5m,
        Display(ChoiceLists.Instrument, "none"), null, null,
    ];

    private static readonly object?[] ExampleEnergy =
        [$"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", 2023, null, Display(ChoiceLists.EnergyItem, "output"), 165000m, "t", null];

    private static readonly object?[] ExampleTarget =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.TargetBoundary, "scope1+2"), Display(ChoiceLists.TargetMetric, "intensity"),
        "CO2e", 2023, 2025, 5m, Display(ChoiceLists.TargetCadence, "vs-base"), null, null, "2025 年末单位产量碳排放较 2023 年下降 5%",
    ];

    private static readonly object?[] ExamplePathway =
        [$"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.PathwayKind, "process"), 2024, 0.424m, "tCO2e/tAl", "ASI Entity GHG Pathways Calculation Tool"];

    private static readonly object?[] ExampleMeasure =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", "屋顶光伏 Rooftop PV", Display(ChoiceLists.MeasureType, "pv"), null, null, 8.0256m, "MW", null, 842.6m, "万kWh", null, null, null,
    ];
}
