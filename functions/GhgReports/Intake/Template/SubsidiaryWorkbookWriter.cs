using System.Globalization;
using ClosedXML.Excel;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Submissions;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Intake.Template;

/// <summary>
/// Writes the subsidiary workbook from <see cref="SubsidiaryWorkbookSchema"/>: the blank template we publish, or the
/// same layout filled with data (the sample workbooks). Layout only; all wording comes from the schema and
/// <see cref="TemplateTexts"/>.
/// </summary>
public static class SubsidiaryWorkbookWriter
{
    /// <summary>What we publish: the factor dropdown fed by a visible sheet of the library's factors with their details.</summary>
    /// <param name="data">Null writes the blank template with example rows on each table sheet.</param>
    public static void Write(Stream output, IFactorCatalog factors, SubsidiaryWorkbook? data = null) =>
        Write(output, [.. factors.All.Select(f => f.Id)], data, factors.All);

    /// <summary>
    /// The published template with the Entity sheet's code, reporting year and (when known) name already filled in for
    /// one subsidiary and year; the table sheets keep their example rows.
    /// </summary>
    public static void Write(Stream output, IFactorCatalog factors, TemplatePrefill prefill)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(prefill);
        Write(output, [.. factors.All.Select(f => f.Id)], null, factors.All, prefill);
    }

    /// <param name="factorIds">Ids offered in the factor dropdown (the factor library in force), from a hidden list.</param>
    /// <param name="data">Null writes the blank template with example rows on each table sheet.</param>
    public static void Write(Stream output, IReadOnlyList<string> factorIds, SubsidiaryWorkbook? data = null) =>
        Write(output, factorIds, data, null);

    private static void Write(Stream output, IReadOnlyList<string> factorIds, SubsidiaryWorkbook? data, IReadOnlyList<EmissionFactor>? factorDetails,
        TemplatePrefill? prefill = null)
    {
        using var layout = new SheetLayoutWriter($"{TemplateTexts.Title.Zh} {TemplateTexts.Title.En}", factorIds);
        if (factorDetails is not null)
        {
            layout.Factors(factorDetails);
        }
        layout.Instructions(S.Instructions.TemplateName, TemplateTexts.Title, TemplateTexts.Instructions, TemplateTexts.Reference);
        layout.KeyValue(S.Entity, data is not null ? EntityValues(data.Entity) : prefill?.EntityValues());
        layout.Table(S.Sources, data?.Sources.Select(SourceValues), ExampleSource, ExampleRefrigerant, ExamplePurchasedAluminium);
        layout.Table(S.EnergyAndProduction, data?.EnergyAndProduction.Select(EnergyValues), ExampleEnergy);
        layout.Table(S.Targets, data?.Targets.Select(TargetValues), ExampleTarget);
        layout.KeyValue(S.Goals, data is null ? null : GoalValues(data.Goals));
        layout.Table(S.Pathway, data?.DeclaredPathway.Select(PathwayValues), ExamplePathway);
        layout.Table(S.Measures, data?.Measures.Select(MeasureValues), ExampleMeasure);
        layout.Save(output, DateOf(data));
    }

    /// <summary>
    /// A filled workbook is dated by its data: the last day of the period it reports, so the same data always gives the
    /// same bytes. The template, blank or pre-filled, is of no date: the same factor library gives the same file whenever
    /// it is downloaded.
    /// </summary>
    private static DateTimeOffset? DateOf(SubsidiaryWorkbook? data) =>
        data is null ? null : new DateTimeOffset(data.Entity.PeriodEnd.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Display(ChoiceList list, string key) => SheetLayoutWriter.Display(list, key);

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
        ["statement_en"] = g.StatementEn,
        ["short_term_en"] = g.ShortTermEn,
        ["mid_term_en"] = g.MidTermEn,
        ["long_term_en"] = g.LongTermEn,
        ["explanation_en"] = g.ExplanationEn,
        ["notes_en"] = g.NotesEn,
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
        s.Material is null ? null : Display(ChoiceLists.Material, s.Material),
    ];

    private static object?[] EnergyValues(EnergyProductionRecord e) =>
        [null, e.Year, e.Month, Display(ChoiceLists.EnergyItem, e.Item), e.Amount, e.Unit.Symbol, e.Notes];

    internal static object?[] TargetValues(TargetDeclaration t) =>
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
        t.WordingEn,
    ];

    private static object?[] PathwayValues(DeclaredPathwayPoint p) =>
        [null, Display(ChoiceLists.PathwayKind, p.Pathway), p.Year, p.Value, p.Unit, p.Source];

    private static object?[] MeasureValues(ReductionMeasure m) =>
    [
        null, m.Name, Display(ChoiceLists.MeasureType, m.Type), m.Description, m.Start, m.Capacity, m.CapacityUnit?.Symbol,
        m.FullLoadHours, m.AnnualAmount, m.AnnualUnit, m.DeclaredReduction, m.DeclaredReductionUnit, m.Notes, m.NameEn, m.DescriptionEn, m.RealisedReductionTco2e,
        m.Status is null ? null : Display(ChoiceLists.MeasureStatus, m.Status),
        m.CapexCny, m.OpexChangeCny, m.EnergySaved, m.EnergySavedItem is null ? null : Display(ChoiceLists.PricedEnergy, m.EnergySavedItem), m.LifetimeYears,
    ];

    private static readonly object?[] ExampleSource =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.Category, "2"), Display(ChoiceLists.Subcategory, "2.1"),
        "外购电力 Purchased electricity", "一车间 Workshop 1", "CO2", Display(ChoiceLists.YesNo, "no"), Display(ChoiceLists.LineKind, "emission"),
        12345.6m, "MWh", "cn-grid/2022/national-carbon-market", null, null, null, null, "电费发票 Electricity invoices", 5m,
        Display(ChoiceLists.Instrument, "none"), null, null,
    ];

    /// <summary>
    /// Refrigerants and SF6: the mass of gas released (top-ups, losses) with a custom factor of 1 kg/kg; the
    /// calculation applies the gas's GWP from the set in force.
    /// </summary>
    private static readonly object?[] ExampleRefrigerant =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.Category, "1"), Display(ChoiceLists.Subcategory, "1.4"),
        "空调制冷剂补充 Air-conditioning refrigerant top-up", "办公楼 Offices", Display(ChoiceLists.Gas, "HFC-134a"), Display(ChoiceLists.YesNo, "no"),
        Display(ChoiceLists.LineKind, "emission"), 12.5m, "kg", null, 1m, "kg/kg", "逸散气体质量，按所选 GWP 折算 Mass of gas released; the GWP in force applies",
        null, "维修充注记录 Refrigerant top-up records", null, Display(ChoiceLists.Instrument, "none"), null,
        "SF6 同理：气体选 SF6，填泄漏量（kg） SF6 likewise: gas SF6, the kg lost",
    ];

    /// <summary>No library factor fits purchased aluminium: the supplier's verified figure is reported directly, with its evidence.</summary>
    private static readonly object?[] ExamplePurchasedAluminium =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.Category, "4"), Display(ChoiceLists.Subcategory, "4.1"),
        "采购铝锭 Purchased aluminium ingot", null, "CO2e", Display(ChoiceLists.YesNo, "no"), Display(ChoiceLists.LineKind, "emission"),
        null, null, null, null, null, null, 164000m, "供应商碳足迹声明 Supplier's verified carbon footprint statement", null,
        Display(ChoiceLists.Instrument, "none"), 1, "直报：10,000 t × 16.4 tCO2e/t Reported directly: 10,000 t × 16.4 tCO2e/t",
        Display(ChoiceLists.Material, "primary-ingot"),
    ];

    private static readonly object?[] ExampleEnergy =
        [$"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", 2023, null, Display(ChoiceLists.EnergyItem, "output"), 165000m, "t", null];

    internal static readonly object?[] ExampleTarget =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.TargetBoundary, TargetBoundary.Scope12), Display(ChoiceLists.TargetMetric, "intensity"),
        "CO2e", 2023, 2025, 5m, Display(ChoiceLists.TargetCadence, "vs-base"), null, null, "2025 年末单位产量碳排放较 2023 年下降 5%",
    ];

    private static readonly object?[] ExamplePathway =
        [$"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", Display(ChoiceLists.PathwayKind, "process"), 2024, 0.424m, "tCO2e/tAl", "ASI Entity GHG Pathways Calculation Tool"];

    private static readonly object?[] ExampleMeasure =
    [
        $"{S.ExampleMarker.Zh} {S.ExampleMarker.En}", "屋顶光伏 Rooftop PV", Display(ChoiceLists.MeasureType, "pv"), null, null, 8.0256m, "MW", null, 842.6m, "万kWh", null, null, null,
    ];
}
