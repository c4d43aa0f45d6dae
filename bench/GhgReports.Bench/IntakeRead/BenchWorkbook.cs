using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GhgReports.Intake.Workbook;
using GhgReports.Submissions;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Bench.IntakeRead;

/// <summary>
/// A valid subsidiary workbook with a large 排放源 Sources sheet, generated deterministically: the same row count
/// always gives the same cells. Shaped like a real upload: shared strings, Chinese text, dropdown labels, numbers typed
/// as text ("11,678"), percent-formatted cells, formulas with cached values, formatted blank cells.
/// </summary>
internal static class BenchWorkbook
{
    /// <summary>Bump when the generated content changes, so cached files are not reused.</summary>
    private const int ContentVersion = 2;

    // Cell formats in the stylesheet below.
    private const uint TextStyle = 1;
    private const uint ThousandsStyle = 2;
    private const uint PercentStyle = 3;
    private const uint DateStyle = 4;

    public static string CacheFolder => Path.Combine(Path.GetTempPath(), "ghgreports-bench");

    /// <summary>Returns the cached workbook for <paramref name="rows"/> source lines, writing it first if needed.</summary>
    public static string Ensure(int rows, out TimeSpan? generated)
    {
        Directory.CreateDirectory(CacheFolder);
        var path = Path.Combine(CacheFolder, $"subsidiary-sources-{rows}-v{ContentVersion}.xlsx");
        generated = null;
        if (File.Exists(path))
        {
            return path;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var partial = path + $".{Environment.ProcessId}.tmp";
        Write(partial, rows);
        File.Move(partial, path, overwrite: true);
        generated = started.Elapsed;
        return path;
    }

    public static void Write(string path, int rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var strings = new SharedStringTableBuilder();
        var sheets = new Sheets();
        uint sheetId = 0;

        void AddSheet(string name, Action<SheetXmlWriter> writeRows)
        {
            sheetId++;
            var relationshipId = $"rId{sheetId}";
            var part = workbookPart.AddNewPart<WorksheetPart>(relationshipId);
            using (var writer = OpenXmlWriter.Create(part))
            {
                var sheet = new SheetXmlWriter(writer, strings);
                sheet.Begin();
                writeRows(sheet);
                sheet.End();
            }
            sheets.Append(new Sheet { Name = name, SheetId = sheetId, Id = relationshipId });
        }

        AddSheet(S.Instructions.TemplateName, WriteInstructions);
        AddSheet(S.Entity.TemplateName, WriteEntity);
        AddSheet(S.Sources.TemplateName, sheet => WriteSources(sheet, rows));
        AddSheet(S.EnergyAndProduction.TemplateName, WriteEnergy);
        AddSheet(S.Targets.TemplateName, WriteTargets);
        AddSheet(S.Goals.TemplateName, WriteGoals);
        AddSheet(S.Pathway.TemplateName, WritePathway);
        AddSheet(S.Measures.TemplateName, WriteMeasures);

        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(sheets);
        workbookPart.AddNewPart<WorkbookStylesPart>($"rId{sheetId + 1}").Stylesheet = CreateStylesheet();
        var sharedStringPart = workbookPart.AddNewPart<SharedStringTablePart>($"rId{sheetId + 2}");
        using (var writer = OpenXmlWriter.Create(sharedStringPart))
        {
            strings.WriteTo(writer);
        }
    }

    private static void WriteInstructions(SheetXmlWriter sheet)
    {
        sheet.WriteRow(1, [CellContent.Of("请按各工作表的表头填写；带 * 的列为必填。")]);
        sheet.WriteRow(2, [CellContent.Of("Fill in each sheet under its headers; columns marked * are required.")]);
    }

    private static void WriteHeaders(SheetXmlWriter sheet, SheetSpec spec)
    {
        sheet.WriteRow(1, spec.Fields.Select(f => CellContent.Of(f.Label.Zh)).ToArray());
        sheet.WriteRow(2, spec.Fields.Select(f => CellContent.Of(f.Label.En)).ToArray());
    }

    private static void WriteKeyValue(SheetXmlWriter sheet, SheetSpec spec, IReadOnlyDictionary<string, CellContent> values)
    {
        sheet.WriteRow(1, [CellContent.Of("字段"), CellContent.Of("Field"), CellContent.Of("填写 Value"), CellContent.Of("说明 Hint")]);
        var row = 2;
        foreach (var field in spec.Fields)
        {
            var value = values.TryGetValue(field.Key, out var v) ? v : CellContent.Blank(TextStyle);
            var hint = field.Hint is { } h ? CellContent.Of($"{h.Zh} / {h.En}") : CellContent.Blank(TextStyle);
            sheet.WriteRow(row++, [CellContent.Of(field.Label.Zh), CellContent.Of(field.Label.En), value, hint]);
        }
    }

    private static void WriteEntity(SheetXmlWriter sheet) => WriteKeyValue(sheet, S.Entity, new Dictionary<string, CellContent>
    {
        ["subsidiary_code"] = CellContent.Of("SD-AL01"),
        ["subsidiary_name"] = CellContent.Of("山东示例铝业有限公司"),
        ["reporting_year"] = CellContent.Of(2023),
        ["period_start"] = CellContent.Of("2023-01-01"),
        ["period_end"] = CellContent.Of("2023.12"),
        ["base_year"] = CellContent.Of(2020),
        ["production_stage"] = CellContent.Of(ChoiceLists.ProductionStage["casting"].Display),
        ["output_t"] = CellContent.Of("118,560"),
        ["purchased_aluminium_t"] = CellContent.Of(121_340.5, ThousandsStyle),
        ["scrap_t"] = CellContent.Of(23_800, ThousandsStyle),
        ["intra_group_t"] = CellContent.Of(4_500, ThousandsStyle),
        ["grid_region"] = CellContent.Of("山东"),
        ["responsible_person"] = CellContent.Of("王丽"),
        ["contact"] = CellContent.Of("wang.li@example.com"),
        ["assurance_status"] = CellContent.Of(ChoiceLists.AssuranceStatus["verified"].Display),
        ["verifier"] = CellContent.Of("示例认证有限公司"),
        ["assurance_level"] = CellContent.Of(ChoiceLists.AssuranceLevel["reasonable"].Display),
        ["statement_reference"] = CellContent.Of("VS-2024-0117"),
        ["category5"] = CellContent.Of(ChoiceLists.Significance["excluded"].Display),
        ["category5_justification"] = CellContent.Of("产品使用阶段不产生排放"),
        ["category6"] = CellContent.Of(ChoiceLists.Significance["excluded"].Display),
        ["category6_justification"] = CellContent.Of("无其他来源"),
    });

    private static void WriteGoals(SheetXmlWriter sheet) => WriteKeyValue(sheet, S.Goals, new Dictionary<string, CellContent>
    {
        ["statement"] = CellContent.Of("2030 年单位产品范围1+2排放强度较 2020 年下降 30%。"),
        ["short_term"] = CellContent.Of("扩大屋顶光伏，降低天然气单耗。"),
    });

    /// <summary>One kind of emission source; rows cycle through these with a fixed pseudo-random pattern.</summary>
    private sealed record SourceKind(string Category, string Subcategory, string Name, string Gas, string Unit, double Factor,
        double ActivityFrom, double ActivityTo, string Evidence);

    private static readonly SourceKind[] SourceKinds =
    [
        new("2", "2.1", "外购电力", "CO2", "MWh", 0.5703, 200, 9_000, "电费结算单"),
        new("2", "2.1", "外购电力", "CO2", "MWh", 0.5703, 200, 9_000, "电费结算单"),
        new("1", "1.1", "天然气熔铝炉", "CO2", "GJ", 0.0561, 1_000, 60_000, "燃气发票"),
        new("1", "1.2", "厂内叉车柴油", "CO2", "t", 3.096, 1, 40, "加油记录"),
        new("1", "1.4", "空调制冷剂逸散", "HFC-134a", "千克", 1.3, 2, 80, "维保记录"),
    ];

    private static readonly string[] Facilities = ["熔铸一车间", "熔铸二车间", "挤压车间", "氧化车间", "动力站", "仓库", "办公楼", "污水站"];

    private static void WriteSources(SheetXmlWriter sheet, int rows)
    {
        var fields = S.Sources.Fields;
        WriteHeaders(sheet, S.Sources);
        var cells = new CellContent[fields.Count];
        var column = fields.Select((f, i) => (f.Key, i)).ToDictionary(p => p.Key, p => p.i);
        var random = new SplitMix64(20240117);
        var notBiogenic = ChoiceLists.YesNo["no"].Display;
        var emission = ChoiceLists.LineKind["emission"].Display;
        var noInstrument = ChoiceLists.Instrument["none"].Display;
        for (var i = 0; i < rows; i++)
        {
            var excelRow = i + 3;
            var kind = SourceKinds[random.Next(SourceKinds.Length)];
            var facility = Facilities[random.Next(Facilities.Length)];
            var month = i % 12 + 1;
            var activity = Math.Round(kind.ActivityFrom + random.NextDouble() * (kind.ActivityTo - kind.ActivityFrom), 2);
            var activityAsText = i % 8 == 5;
            var reported = Math.Round(activity * kind.Factor, 3);

            cells[column["no"]] = CellContent.Of(i + 1);
            cells[column["category"]] = CellContent.Of(ChoiceLists.Category[kind.Category].Display);
            cells[column["subcategory"]] = CellContent.Of(ChoiceLists.Subcategory[kind.Subcategory].Display);
            // Meter and month make each row distinct, as in a real monthly ledger (the validator refuses duplicate rows).
            cells[column["source"]] = CellContent.Of($"{kind.Name} {i % 5000 + 1}号计量点 {month}月");
            cells[column["facility"]] = CellContent.Of(facility);
            cells[column["gas"]] = CellContent.Of(ChoiceLists.Gas[kind.Gas].Display);
            cells[column["biogenic"]] = CellContent.Of(notBiogenic);
            cells[column["kind"]] = CellContent.Of(emission);
            // Officers paste numbers as text; ExcelDataReader hands "11,678" over as a string.
            cells[column["activity"]] = activityAsText
                ? CellContent.Of(Math.Round(activity).ToString("#,##0", CultureInfo.InvariantCulture))
                : CellContent.Of(activity, ThousandsStyle);
            cells[column["activity_unit"]] = CellContent.Of(kind.Unit);
            cells[column["factor_id"]] = CellContent.Blank(TextStyle);
            cells[column["custom_factor"]] = CellContent.Blank(ThousandsStyle);
            cells[column["custom_factor_unit"]] = CellContent.Blank(TextStyle);
            cells[column["custom_factor_source"]] = CellContent.Blank(TextStyle);
            var activityCell = $"{CellReferenceColumn(column["activity"])}{excelRow}";
            cells[column["reported_tco2e"]] = activityAsText
                ? CellContent.Of(Math.Round(Math.Round(activity) * kind.Factor, 3), ThousandsStyle)
                : CellContent.Computed($"ROUND({activityCell}*{kind.Factor.ToString(CultureInfo.InvariantCulture)},3)", reported, ThousandsStyle);
            cells[column["evidence"]] = CellContent.Of($"2023年{month}月{kind.Evidence}");
            cells[column["uncertainty_pct"]] = i % 10 == 3 ? CellContent.Of("5%") : CellContent.Of(0.05, PercentStyle);
            cells[column["instrument"]] = CellContent.Of(noInstrument);
            cells[column["scope3_category"]] = CellContent.Blank(0);
            cells[column["notes"]] = i % 10 == 0
                ? CellContent.Of($"第{i / 10 + 1}批抄表数据，已与财务台账核对")
                : CellContent.Of(month <= 6 ? "上半年数据" : "下半年数据");
            sheet.WriteRow(excelRow, cells);
        }
    }

    private static string CellReferenceColumn(int zeroBasedColumn) => ((char)('A' + zeroBasedColumn)).ToString();

    private static void WriteTable(SheetXmlWriter sheet, SheetSpec spec, IEnumerable<Dictionary<string, CellContent>> rows)
    {
        WriteHeaders(sheet, spec);
        var excelRow = 3;
        foreach (var values in rows)
        {
            var cells = spec.Fields
                .Select(f => f.Key == S.LineNumber.Key ? CellContent.Of(excelRow - 2) : values.TryGetValue(f.Key, out var v) ? v : CellContent.Blank(TextStyle))
                .ToArray();
            sheet.WriteRow(excelRow++, cells);
        }
    }

    private static void WriteEnergy(SheetXmlWriter sheet) => WriteTable(sheet, S.EnergyAndProduction,
        Enumerable.Range(1, 12).Select(month => new Dictionary<string, CellContent>
        {
            ["year"] = CellContent.Of(2023),
            ["month"] = CellContent.Of(month),
            ["item"] = CellContent.Of(ChoiceLists.EnergyItem["electricity"].Display),
            ["amount"] = CellContent.Of(4_100 + month * 37.5, ThousandsStyle),
            ["unit"] = CellContent.Of("MWh"),
        }).Append(new Dictionary<string, CellContent>
        {
            ["year"] = CellContent.Of(2023),
            ["item"] = CellContent.Of(ChoiceLists.EnergyItem["output"].Display),
            ["amount"] = CellContent.Of("118,560"),
            ["unit"] = CellContent.Of("吨"),
            ["notes"] = CellContent.Of("全年合格品产量"),
        }));

    private static void WriteTargets(SheetXmlWriter sheet) => WriteTable(sheet, S.Targets,
    [
        new()
        {
            ["boundary"] = CellContent.Of(ChoiceLists.TargetBoundary[TargetBoundary.Scope12].Display),
            ["metric"] = CellContent.Of(ChoiceLists.TargetMetric["intensity"].Display),
            ["gas_basis"] = CellContent.Of(ChoiceLists.GasBasis["CO2e"].Display),
            ["base_year"] = CellContent.Of(2020),
            ["target_year"] = CellContent.Of(2030),
            ["reduction_pct"] = CellContent.Of(30),
            ["cadence"] = CellContent.Of(ChoiceLists.TargetCadence["vs-base"].Display),
            ["wording"] = CellContent.Of("到2030年，单位产品范围1+2温室气体排放强度较2020年下降30%。"),
        },
    ]);

    private static void WritePathway(SheetXmlWriter sheet) => WriteTable(sheet, S.Pathway,
        new[] { (2025, 1.92), (2030, 1.41), (2035, 0.98) }.Select(p => new Dictionary<string, CellContent>
        {
            ["pathway"] = CellContent.Of(ChoiceLists.PathwayKind["process"].Display),
            ["year"] = CellContent.Of(p.Item1),
            ["value"] = CellContent.Of(p.Item2),
            ["unit"] = CellContent.Of("tCO2e/t"),
            ["source"] = CellContent.Of("ASI 实体 GHG 路径计算工具 v1.0"),
        }));

    private static void WriteMeasures(SheetXmlWriter sheet) => WriteTable(sheet, S.Measures,
    [
        new()
        {
            ["name"] = CellContent.Of("屋顶分布式光伏"),
            ["type"] = CellContent.Of(ChoiceLists.MeasureType["pv"].Display),
            ["description"] = CellContent.Of("厂房屋顶 5 MW 光伏，自发自用"),
            ["start"] = CellContent.Of(new DateTime(2024, 3, 1).ToOADate(), DateStyle),
            ["capacity"] = CellContent.Of(5),
            ["capacity_unit"] = CellContent.Of("MW"),
            ["full_load_hours"] = CellContent.Of(1_100),
            ["annual_amount"] = CellContent.Of(550),
            ["annual_unit"] = CellContent.Of("万kWh"),
            ["declared_reduction"] = CellContent.Of(3_137),
            ["declared_reduction_unit"] = CellContent.Of("tCO2e/年"),
        },
        new()
        {
            ["name"] = CellContent.Of("熔铝炉蓄热燃烧改造"),
            ["type"] = CellContent.Of(ChoiceLists.MeasureType["fuel-intensity"].Display),
            ["start"] = CellContent.Of("2024.6"),
            ["annual_amount"] = CellContent.Of(12),
            ["annual_unit"] = CellContent.Of("m3/t"),
        },
    ]);

    private static Stylesheet CreateStylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.###" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true })
        { Count = 5 });

    /// <summary>A small seeded generator whose sequence does not depend on the runtime's Random implementation.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int exclusiveMax) => (int)(NextUInt64() % (ulong)exclusiveMax);

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        private ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
