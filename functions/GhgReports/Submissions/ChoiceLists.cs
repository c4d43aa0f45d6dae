using GhgReports.Inventory.Classification;

namespace GhgReports.Submissions;

/// <summary>The dropdown lists of the subsidiary workbook. Keys are what we store; labels are what officers pick.</summary>
internal static class ChoiceLists
{
    public static readonly ChoiceList YesNo = new("list_yes_no",
        new("yes", "是", "Yes"),
        new("no", "否", "No"));

    public static readonly ChoiceList Category = new("list_category",
        IsoCategories.Categories.Select(c => new Choice(c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{c.Number} {c.Zh}", $"{c.Number} {c.En}")).ToArray());

    public static readonly ChoiceList Subcategory = new("list_subcategory",
        IsoCategories.Subcategories.Select(s => new Choice(s.Code, $"{s.Code} {s.Zh}", $"{s.Code} {s.En}")).ToArray());

    /// <summary>Kyoto gases and the groups ISO 14064-1 asks for, plus common refrigerants and PFCs by name; CO2e for reported totals.</summary>
    public static readonly ChoiceList Gas = new("list_gas",
        new("CO2", "CO2", "CO2"),
        new("CH4", "CH4", "CH4"),
        new("CH4-fossil", "CH4（化石）", "CH4 (fossil)"),
        new("CH4-non-fossil", "CH4（非化石）", "CH4 (non-fossil)"),
        new("N2O", "N2O", "N2O"),
        new("HFC-134a", "HFC-134a", "HFC-134a"),
        new("HFC-32", "HFC-32 (R-32)", "HFC-32 (R-32)"),
        new("HFC-125", "HFC-125", "HFC-125"),
        new("R-410A", "R-410A", "R-410A"),
        new("HFCs", "HFCs（其他）", "HFCs (other)"),
        new("CF4", "CF4 (PFC-14)", "CF4 (PFC-14)"),
        new("C2F6", "C2F6 (PFC-116)", "C2F6 (PFC-116)"),
        new("PFCs", "PFCs（其他）", "PFCs (other)"),
        new("SF6", "SF6", "SF6"),
        new("NF3", "NF3", "NF3"),
        new("CO2e", "CO2e", "CO2e"));

    public static readonly ChoiceList LineKind = new("list_line_kind",
        new("emission", "排放", "emission"),
        new("removal", "清除", "removal"));

    /// <summary>Contractual instruments for market-based scope 2.</summary>
    public static readonly ChoiceList Instrument = new("list_instrument",
        new("none", "无", "none"),
        new("gec", "绿证", "green certificate"),
        new("ppa", "购电协议", "PPA"),
        new("onsite", "自发自用", "on-site generation"));

    public static readonly ChoiceList ProductionStage = new("list_stage",
        new("primary", "原铝生产", "primary production"),
        new("casting", "熔铸", "casting"),
        new("semi-fabrication", "半成品加工", "semi-fabrication"),
        new("material-conversion", "材料转化", "material conversion"),
        new("remelting", "再生熔炼", "remelting"));

    public static readonly ChoiceList AssuranceStatus = new("list_assurance",
        new("verified", "已核查", "verified"),
        new("in-progress", "核查中", "verification in progress"),
        new("not-verified", "未核查", "not verified"));

    public static readonly ChoiceList AssuranceLevel = new("list_assurance_level",
        new("reasonable", "合理保证", "reasonable"),
        new("limited", "有限保证", "limited"));

    public static readonly ChoiceList Significance = new("list_significance",
        new("included", "纳入", "included"),
        new("excluded", "排除", "excluded"));

    public static readonly ChoiceList TargetBoundary = new("list_target_boundary",
        new(GhgReports.Submissions.TargetBoundary.Scope12, "范围1+2", "scope 1+2"),
        new(GhgReports.Submissions.TargetBoundary.Scope1, "范围1", "scope 1"),
        new(GhgReports.Submissions.TargetBoundary.Scope2, "范围2", "scope 2"),
        new(GhgReports.Submissions.TargetBoundary.Scope3PurchasedAluminium, "范围3类别1 采购铝", "scope 3 cat. 1 purchased aluminium"),
        new(GhgReports.Submissions.TargetBoundary.Total, "全部类别", "all categories"));

    public static readonly ChoiceList TargetMetric = new("list_target_metric",
        new("intensity", "强度（每吨）", "intensity (per tonne)"),
        new("absolute", "绝对量", "absolute"));

    public static readonly ChoiceList TargetCadence = new("list_target_cadence",
        new("vs-base", "较基准年", "vs base year"),
        new("per-year", "每年较上年", "each year vs previous year"));

    public static readonly ChoiceList GasBasis = new("list_gas_basis",
        new("CO2e", "CO2e", "CO2e"),
        new("CO2", "CO2", "CO2"));

    public static readonly ChoiceList PathwayKind = new("list_pathway",
        new("process", "工艺范围1+2强度", "process scope 1+2 intensity"),
        new("purchased-aluminium", "范围3类别1采购铝强度", "scope 3 cat. 1 purchased aluminium intensity"));

    public static readonly ChoiceList MeasureType = new("list_measure",
        new("pv", "光伏发电", "rooftop PV"),
        new("fuel-intensity", "燃料单耗下降", "fuel intensity cut"),
        new("electrification", "电动化替代", "electrification"),
        new("energy-monitoring", "能源监控", "energy monitoring"),
        new("efficiency", "设备节能改造", "equipment efficiency"),
        new("recycling", "再生料比例", "recycled metal share"),
        new("other", "其他", "other"));

    public static readonly ChoiceList EnergyItem = new("list_energy_item",
        new("output", "产量", "output"),
        new("purchased-aluminium", "采购铝（含废铝）", "purchased aluminium (incl. scrap)"),
        new("electricity", "外购电力", "purchased electricity"),
        new("pv-generation", "光伏发电量", "PV generation"),
        new("natural-gas", "天然气", "natural gas"),
        new("diesel", "柴油", "diesel"),
        new("gasoline", "汽油", "gasoline"),
        new("lpg", "液化石油气", "LPG"),
        new("steam", "外购蒸汽", "purchased steam"),
        new("water", "水", "water"));

    /// <summary>The energy a measure saves, priced by the group workbook: each key's unit is the one its price is per.</summary>
    public static readonly ChoiceList PricedEnergy = new("list_priced_energy",
        new("electricity", "外购电力（MWh）", "purchased electricity (MWh)"),
        new("natural-gas", "天然气（m³）", "natural gas (m³)"),
        new("diesel", "柴油（L）", "diesel (L)"),
        new("gasoline", "汽油（L）", "gasoline (L)"),
        new("lpg", "液化石油气（kg）", "LPG (kg)"),
        new("steam", "外购蒸汽（t）", "purchased steam (t)"));

    /// <summary>What a purchased-goods line bought: the four aluminium inputs count in the purchased-aluminium intensity, "other" does not.</summary>
    public static readonly ChoiceList Material = new("list_material",
        new("primary-ingot", "原铝锭", "primary ingot"),
        new("alloy", "合金锭", "alloy ingot"),
        new("scrap", "废铝", "scrap"),
        new("billet", "铸棒/铸锭坯", "billet"),
        new("other", "其他（非铝材料）", "other (not aluminium)"));

    /// <summary>The <see cref="Material"/> keys that are aluminium inputs.</summary>
    public static readonly IReadOnlySet<string> AluminiumMaterials = new HashSet<string>(StringComparer.Ordinal) { "primary-ingot", "alloy", "scrap", "billet" };

    /// <summary>Where a measure stands: one already operating in the base year saves nothing against it.</summary>
    public static readonly ChoiceList MeasureStatus = new("list_measure_status",
        new("operating-before-base", "基准年前已运行", "in operation before the base year"),
        new("completed", "本年完成", "completed in the year"),
        new("in-progress", "实施中", "in progress"),
        new("planned", "计划中", "planned"));

    public static readonly ChoiceList ConsolidationApproach = new("list_consolidation",
        new("operational-control", "运营控制权法", "operational control"),
        new("financial-control", "财务控制权法", "financial control"),
        new("equity-share", "股权比例法", "equity share"));

    public static IReadOnlyList<ChoiceList> All { get; } =
    [
        ConsolidationApproach,
        YesNo, Category, Subcategory, Gas, LineKind, Instrument, ProductionStage, AssuranceStatus, AssuranceLevel,
        Significance, TargetBoundary, TargetMetric, TargetCadence, GasBasis, PathwayKind, MeasureType, EnergyItem, Material, MeasureStatus,
        PricedEnergy,
    ];
}
