using GhgReports.Inventory.Units;
using GhgReports.Submissions;

namespace GhgReports.Intake.Samples;

/// <summary>
/// The four subsidiaries of the group's 2023 reduction plan (温室气体减排计划), as workbooks they would have submitted.
/// The plan gives category totals and intensities, not activity data, so:
/// - output and purchased aluminium are derived from the plan's intensities (scope 1+2 ÷ intensity; category 4 ÷
///   purchased-aluminium intensity), rounded so that the intensities reproduce;
/// - category 2 is purchased electricity whose MWh are inferred from the plan's total at the national carbon-market
///   grid factor 0.5703 tCO2/MWh, and some category 1 lines are natural gas and diesel at the Chinese industrial defaults
///   (2.162 kg CO2/m³, 3.096 kg CO2/kg at 0.86 kg/L): inferences, labelled as such in the rows' notes;
/// - everything else is reported directly in tCO2e with the plan's verification as evidence.
/// Activity values are chosen so that each category, calculated, rounds to the plan's whole tonnes.
/// The plan states no uncertainties; every line declares a sample one (<see cref="SampleUncertainty"/>) so the packs can
/// combine them per category as ISO 14064-1 §9.3.1 p) and q) ask.
/// </summary>
internal static class SeedSamples
{
    public const string GridFactor = "cn-grid/2022/national-carbon-market";
    public const string NaturalGasFactor = "cn-fuel/natural-gas";
    public const string DieselFactor = "cn-fuel/diesel";

    private const string Inferred = "推定：由减排计划中的类别合计按默认因子反推 / Inferred from the plan's category total at the default factor";
    private const string PlanEvidence = "2023 年温室气体核查结果（见集团《温室气体减排计划》三、碳排放现状汇总） / 2023 verified inventory, as summarised in the group's GHG reduction plan, section 3";
    private const string AsiTool = "《ASI 实体 GHG 路径计算工具中文版》 / ASI Entity GHG Pathways Calculation Tool (Chinese edition)";
    // The plan gives no reason for leaving categories 5 and 6 out; the sample group workbook states its criteria and reasons.
    private const string SampleJustification = "按集团重要性判定准则不重大，理由见集团工作簿 / Not significant under the group's criteria for significance; the reason is stated in the group workbook";

    private static readonly int[] PathwayYears = [2023, 2024, 2025, 2026, 2027, 2030];

    /// <summary>The plan's category totals (tCO2e), for tests and the demo's comparison.</summary>
    public static IReadOnlyDictionary<string, decimal[]> PlanCategoryTotals { get; } = new Dictionary<string, decimal[]>
    {
        ["CP"] = [11_678m, 60_579m, 6_630m, 2_417_620m],
        ["LW"] = [330m, 9_101m, 266m, 85_419m],
        ["YN"] = [16_697m, 8_814m, 4_444m, 3_409_015m],
        ["NM"] = [15_205m, 31_271m, 7_607m, 9_093_705m],
    };

    public static IReadOnlyList<SubsidiaryWorkbook> All { get; } = [Cp(), Lw(), Yn(), Nm()];

    public static SubsidiaryWorkbook ByCode(string code) => All.First(w => w.Entity.SubsidiaryCode == code);

    private static SubsidiaryWorkbook Cp() => new()
    {
        Entity = Entity("CP", "山东创新精密科技有限公司", new(2023, 1, 1), new(2023, 12, 31), "semi-fabrication",
            output: 165_700m, purchased: 147_400m, grid: "山东 Shandong", PlanCategoryTotals["CP"]),
        Sources =
        [
            Reported(3, "1", 1, "1.1", "固定及移动燃烧、逸散排放合计 Combustion and fugitive, total", 11_678m),
            Electricity(4, "2", 106_223m),
            Reported(5, "3", 3, "3.1", "上游运输、货物分配、通勤及差旅 Transport, distribution, commuting and travel", 6_630m),
            Reported(6, "4", 4, "4.1", "采购铝（含废铝）及其他采购商品 Purchased aluminium (incl. scrap) and other goods", 2_417_620m, scope3: 1, material: "primary-ingot"),
        ],
        EnergyAndProduction =
        [
            new(3, 2023, null, "output", 165_700m, Unit.Tonne, "由 72,257 tCO2e ÷ 0.436 推定 / inferred from 72,257 tCO2e ÷ 0.436"),
            new(4, 2023, null, "purchased-aluminium", 147_400m, Unit.Tonne, "由 2,417,620 ÷ 16.4 推定 / inferred from 2,417,620 ÷ 16.4"),
            new(5, 2023, null, "electricity", 106_223m, Unit.MWh, Inferred),
            new(6, 2023, null, "pv-generation", 842.6m, Unit.TenThousandKWh, "8.0256 MW 屋顶光伏 / 8.0256 MW rooftop PV"),
        ],
        Targets =
        [
            Target(3, TargetBoundary.Scope12, "intensity", 2023, 2026, 5m, "per-year",
                "实现每吨产量碳排放量较上年度下降 5%", wordingEn: "Cut emissions per tonne of output by 5% on the previous year"),
        ],
        Goals = new GoalsStatement
        {
            Statement = "创新精密 2023 年范围 1 排放量为 11,678tCO2e，范围 2 排放量为 60,579tCO2e。将 2023 年核查结果和 2023 年产品产量代入《ASI 实体 GHG 路径计算工具中文版》计算减排目标。",
            ShortTerm = "建立全面的碳排放监测体系，识别主要排放源，制定针对性的减排措施；实现每吨产量碳排放量较上年度下降 5%。",
            MidTerm = "深化能源结构调整，提升清洁能源使用比例至 35%；实施技术改造和升级，提高能效水平；实现供应链绿色化，推动上下游企业共同减排。",
            LongTerm = "达到或超越行业平均碳排放强度标准，探索并实施碳捕捉、利用与封存（CCUS）等前沿技术；实现碳中和目标，成为行业绿色发展的标杆。",
            StatementEn = "In 2023 the company emitted 11,678 tCO2e in scope 1 and 60,579 tCO2e in scope 2. Its reduction targets were calculated by entering the verified 2023 results and the 2023 output into the Chinese edition of the ASI Entity GHG Pathways Calculation Tool.",
            ShortTermEn = "Build a complete carbon monitoring system, identify the main emission sources and plan measures aimed at them; cut emissions per tonne of output by 5% on the previous year.",
            MidTermEn = "Carry the change of energy mix further, raising clean energy to 35% of use; retrofit and upgrade equipment for higher energy efficiency; green the supply chain, reducing emissions together with suppliers and customers.",
            LongTermEn = "Reach or pass the industry's average carbon intensity; explore and apply frontier technologies such as carbon capture, utilisation and storage (CCUS); reach carbon neutrality and set the industry's benchmark for green development.",
        },
        DeclaredPathway = Pathway(3, "tCO2e/tAl", AsiTool,
            process: [0.436m, 0.424m, 0.411m, 0.398m, 0.385m, 0.347m],
            purchased: [16.4m, 15.8m, 15.3m, 14.5m, 14.4m, 12.1m]),
        Measures =
        [
            new ReductionMeasure
            {
                Row = 3, Name = "屋顶光伏（已安装）", NameEn = "Rooftop PV (installed)", Type = "pv", Capacity = 8.0256m, CapacityUnit = Unit.MW, AnnualAmount = 842.6m, AnnualUnit = "万kWh",
                Description = "创新精密现在利用厂房房顶已安装 8.0256MW，年发电量 842.6 万KWH。",
                DescriptionEn = "The company already uses its factory roofs for 8.0256 MW of PV, generating about 8,426 MWh a year.",
                // Its 2023 generation is on the energy sheet: the base year already has it.
                Status = "operating-before-base",
            },
            new ReductionMeasure
            {
                Row = 4, Name = "屋顶光伏（安装中）", NameEn = "Rooftop PV (being installed)", Type = "pv", Capacity = 16.58349m, CapacityUnit = Unit.MW, AnnualAmount = 1_854.57m, AnnualUnit = "万kWh",
                Description = "正在安装 16.58349MW 光伏发电板，安装完后预计年发电量 1854.57 万KWH。",
                DescriptionEn = "16.58349 MW of PV panels are being installed, expected to generate about 18,546 MWh a year once complete.",
                Status = "in-progress",
            },
            new ReductionMeasure
            {
                Row = 5, Name = "能源管理系统（MOM）", NameEn = "Energy management system (MOM)", Type = "energy-monitoring",
                Description = "创新精密通过实施能源管理系统(MOM)、引进低碳或零碳生产工艺等措施，提升能源使用效率。",
                DescriptionEn = "The company raises its energy efficiency by running an energy management system (MOM) and bringing in low- or zero-carbon production processes.",
            },
            new ReductionMeasure
            {
                Row = 6, Name = "废铝回收利用", NameEn = "Aluminium scrap recycling", Type = "recycling", AnnualAmount = 98m, AnnualUnit = "%",
                Description = "创新精密一般生产废弃铝材料再回收利用率达到 98%。",
                DescriptionEn = "98% of the aluminium scrap from normal production is recycled.",
            },
        ],
    };

    private static SubsidiaryWorkbook Lw() => new()
    {
        Entity = Entity("LW", "内蒙古创新轻量化新材料有限公司", new(2023, 1, 1), new(2023, 12, 31), "semi-fabrication",
            output: 2_916m, purchased: 5_215m, grid: "内蒙古 Inner Mongolia", PlanCategoryTotals["LW"]),
        Sources =
        [
            Reported(3, "1", 1, "1.1", "固定及移动燃烧 Stationary and mobile combustion", 330m),
            Electricity(4, "2", 15_958m),
            Reported(5, "3", 3, "3.1", "上游运输及货物分配 Upstream transport and distribution", 266m),
            Reported(6, "4", 4, "4.1", "采购铝（含废铝） Purchased aluminium (incl. scrap)", 85_419m, scope3: 1, material: "primary-ingot"),
        ],
        EnergyAndProduction =
        [
            new(3, 2023, null, "output", 2_916m, Unit.Tonne, "由 9,431 tCO2e ÷ 3.234 推定 / inferred from 9,431 tCO2e ÷ 3.234"),
            new(4, 2023, null, "purchased-aluminium", 5_215m, Unit.Tonne, "由 85,419 ÷ 16.38 推定 / inferred from 85,419 ÷ 16.38"),
            new(5, 2023, null, "electricity", 15_958m, Unit.MWh, Inferred),
        ],
        Targets =
        [
            Target(3, TargetBoundary.Scope12, "intensity", 2023, 2025, 5m, "vs-base", "截至 2025 年，公司工艺范围 1+2 强度较基准年 2023 年下降 5%",
                wordingEn: "By 2025, the company's process scope 1+2 intensity is 5% below the 2023 base year"),
            Target(4, "scope3-cat1", "intensity", 2023, 2025, 5m, "vs-base", "截至 2025 年，公司范围 3 类别 1 采购铝(含废铝)平均强度较基准年 2023 年下降 5%",
                wordingEn: "By 2025, the average scope 3 category 1 intensity of purchased aluminium (scrap included) is 5% below the 2023 base year"),
        ],
        Goals = new GoalsStatement
        {
            Statement = "公司已于 2024 年完成 2023 年温室气体核查工作。经核查，我公司 2023 年范围 1 排放量为 330tCO2e，范围 2 排放量为 9,101tCO2e。",
            Explanation = "2023 年的排放密度高达 3.234 的原因主要是，2023 年公司两条生产线建成投产，致力于成为高端汽车铝合金行业合格供应商。为了尽早的进入国际市场，我公司大力支持材料认证项目以满足客户需求，产能不足以及设备调试与材料认证是导致产品产量低、能耗高的主要原因。",
            StatementEn = "The company completed the verification of its 2023 greenhouse gas emissions in 2024. As verified, it emitted 330 tCO2e in scope 1 and 9,101 tCO2e in scope 2 in 2023.",
            ExplanationEn = "The 2023 intensity is as high as 3.234 mainly because the company's two production lines were completed and started up in 2023, as it works to qualify as a supplier of high-end automotive aluminium alloys. To reach the international market early it put its weight behind customers' material certification projects; capacity not yet reached, equipment commissioning and material certification kept output low and energy use high.",
        },
        // As declared: the process row after 2023 equals 创新精密's table (the plan's own inconsistency, kept on purpose).
        DeclaredPathway = Pathway(3, "tCO2e/tAl", AsiTool,
            process: [3.234m, 0.424m, 0.411m, 0.398m, 0.385m, 0.347m],
            purchased: [16.38m, 15.8m, 15.3m, 14.5m, 14.4m, 12.1m]),
        Measures =
        [
            new ReductionMeasure
            {
                Row = 3, Name = "运输车辆维护保养", NameEn = "Vehicle maintenance", Type = "other",
                Description = "内蒙轻量化对运输车辆进行定期维护和保养，定期检查轮胎气压、更换空气滤清器等，可以提高车辆燃油效率 5%-10%。",
                DescriptionEn = "Regular servicing of the transport vehicles (tyre pressure checks, air filter changes and the like) can raise their fuel efficiency by 5–10%.",
            },
            new ReductionMeasure
            {
                Row = 4, Name = "高效节能电机", NameEn = "High-efficiency motors", Type = "efficiency",
                Description = "内蒙轻量化的高效节能电机通过优化电磁设计改进工艺等方式，可降低电能损耗，一般能提高能源利用效率 2%-8%。",
                DescriptionEn = "High-efficiency motors, with optimised electromagnetic design and improved manufacture, lose less electricity and typically raise energy efficiency by 2–8%.",
            },
        ],
    };

    private static SubsidiaryWorkbook Yn() => new()
    {
        Entity = Entity("YN", "云南创新合金有限公司", new(2023, 1, 1), new(2023, 12, 31), "casting",
            // The plan gives no tonnage of purchased metal for 云南创新; ~1.05 t of input per tonne cast is our assumption.
            output: 81_770m, purchased: 86_000m, grid: "云南 Yunnan", PlanCategoryTotals["YN"]),
        Sources =
        [
            Fuel(3, "1", "1.1", "熔炼炉天然气 Melting furnaces, natural gas", 7_636_735m, Unit.CubicMetre, "m³", NaturalGasFactor, "《能源消耗统计表》 Energy consumption statement"),
            Fuel(4, "2", "1.2", "叉车及场内车辆柴油 Forklifts and site vehicles, diesel", 70_000m, Unit.Litre, "升", DieselFactor, "《能源消耗统计表》 Energy consumption statement"),
            Electricity(5, "3", 15_455m),
            Reported(6, "4", 3, "3.1", "上游运输及货物分配 Upstream transport and distribution", 4_444m),
            Reported(7, "5", 4, "4.1", "采购铝及合金原料 Purchased aluminium and alloy materials", 3_409_015m, scope3: 1, material: "alloy"),
        ],
        EnergyAndProduction =
        [
            new(3, 2023, null, "output", 81_770m, Unit.Tonne, "由 25,511 tCO2e ÷ 0.312 推定 / inferred from 25,511 tCO2e ÷ 0.312"),
            new(4, 2023, null, "purchased-aluminium", 86_000m, Unit.Tonne, "假设：每吨铸锭投入约 1.05 吨 / assumption: about 1.05 t of input per tonne cast"),
            new(5, 2023, null, "electricity", 15_455m, Unit.MWh, Inferred),
            new(6, 2023, null, "natural-gas", 7_636_735m, Unit.CubicMetre, Inferred),
            new(7, 2023, null, "diesel", 70_000m, Unit.Litre, Inferred),
        ],
        Targets =
        [
            Target(3, TargetBoundary.Scope12, "absolute", 2023, 2025, 1m, "vs-base", "我公司计划 2025 年之前实现将二氧化碳排放量降比 1%", gasBasis: "CO2",
                wordingEn: "The company plans to cut its carbon dioxide emissions by 1% before 2025"),
            Target(4, TargetBoundary.Scope12, "intensity", 2023, 2050, null, "vs-base", "温室气体减排计划 2050 年达成目标值 0.2tCO2e", value: 0.2m, unit: "tCO2e",
                wordingEn: "The greenhouse gas reduction plan reaches a target of 0.2 tCO2e by 2050"),
        ],
        Goals = new GoalsStatement
        {
            Statement = "应《联合国气候变化框架公约》与《京都议定书》的国际规范及善尽企业责任，推动温室气体自愿减量相关计划，我公司计划 2025 年之前实现将二氧化碳排放量降比 1%，温室气体减排计划 2050 年达成目标值 0.2tCO2e。公司已使用 ASI 实体级温室气体减排路径方法，依据 2023 年为基准年，计算 2024-2030 碳排放强度目标值。",
            MidTerm = "原料层面：提高循环再生材料的使用比例，开发高性价比原料，减少原铝使用，废旧原料循环利用综合比例目标 71%。2023 年单公斤产品铝合金锭为 15.70kgCO2e，2027 年目标值 10.67kgCO2e，计划在 2023 年基础上下降 5.03kgCO2e。",
            ShortTerm = "生产层面：合理安排炉组生产节拍、提效率，炉组产能充分发挥，减少无效环节和浪费，燃耗目标单吨产品燃耗在 2023 年基础上下降 1（m³/t）。",
            StatementEn = "Following the norms of the UN Framework Convention on Climate Change and the Kyoto Protocol, and as part of its corporate responsibility, the company runs voluntary greenhouse gas reduction plans: it plans to cut carbon dioxide emissions by 1% before 2025 and to reach a target of 0.2 tCO2e by 2050. It has used the ASI entity GHG pathways method, with 2023 as the base year, to calculate its carbon intensity targets for 2024–2030.",
            MidTermEn = "Raw materials: use more recycled material, develop cost-effective feedstock and less primary aluminium, aiming at 71% recycled input overall. In 2023 a kilogram of aluminium alloy ingot carried 15.70 kgCO2e; the 2027 target is 10.67 kgCO2e, 5.03 kgCO2e below 2023.",
            ShortTermEn = "Production: schedule the furnace groups' cycles well, raise efficiency, use their full capacity and cut idle steps and waste; reduce fuel use per tonne of product by 1 m³/t on 2023.",
        },
        DeclaredPathway = Pathway(3, "tCO2e", "ASI 实体级温室气体减排路径方法 / ASI entity GHG pathways method",
            process: [0.312m, 0.306m, 0.301m, 0.296m, 0.291m, 0.277m],
            purchased: [5.6m, 5.5m, 5.3m, 5.0m, 4.9m, 4.3m]),
        Measures =
        [
            new ReductionMeasure
            {
                Row = 3, Name = "电瓶叉车及电动装载机替换燃油叉车", NameEn = "Battery forklifts and an electric loader replace fuel forklifts", Type = "electrification", Start = new DateOnly(2024, 1, 1), AnnualAmount = 0.1m, AnnualUnit = "L/t",
                Description = "云南创新 2024 年购置 5 台电瓶叉车和 1 台电动装载机替换燃油叉车，单吨产品油耗目标在 2023 年基础上下降 0.1（L/t）。",
                DescriptionEn = "In 2024 the company buys 5 battery forklifts and 1 electric loader to replace fuel forklifts, aiming to cut fuel use per tonne of product by 0.1 L/t on 2023.",
            },
            new ReductionMeasure
            {
                Row = 4, Name = "炉组燃耗下降", NameEn = "Lower furnace fuel use", Type = "fuel-intensity", AnnualAmount = 1m, AnnualUnit = "m3/t",
                Description = "合理安排炉组生产节拍、提效率，燃耗目标单吨产品燃耗在 2023 年基础上下降 1（m³/t）。",
                DescriptionEn = "Schedule the furnace groups' cycles well and raise efficiency, aiming to cut fuel use per tonne of product by 1 m³/t on 2023.",
            },
            new ReductionMeasure
            {
                Row = 5, Name = "炉组节能改造", NameEn = "Furnace energy retrofit", Type = "efficiency", AnnualAmount = 2.25m, AnnualUnit = "MWh",
                Description = "云南创新实施炉组节能改造项目，对熔炼炉组进行程序改造，使炉组在进行加料扒灰等工艺时，风机停止、点火枪停止，降低电耗，年度节约 2.25MWh。",
                DescriptionEn = "The melting furnaces' control programs are changed so that fans and burners stop during charging and drossing, saving 2.25 MWh of electricity a year.",
            },
            new ReductionMeasure
            {
                Row = 6, Name = "除尘器电能改造", NameEn = "Dust collector power retrofit", Type = "efficiency", AnnualAmount = 0.81m, AnnualUnit = "MWh",
                Description = "云南创新实施除尘器电能改造，更改程序使除尘器脉冲与之对应舱室卸灰阀一对一启动，以降低电量年度约节约 0.81MWh。",
                DescriptionEn = "The dust collector's program is changed so that each pulse starts only the matching chamber's discharge valve, saving about 0.81 MWh a year.",
            },
            new ReductionMeasure
            {
                Row = 7, Name = "循环再生材料比例", NameEn = "Share of recycled material", Type = "recycling", AnnualAmount = 71m, AnnualUnit = "%",
                Description = "提高循环再生材料的使用比例，减少原铝使用，废旧原料循环利用综合比例目标 71%。",
                DescriptionEn = "Use more recycled material and less primary aluminium, aiming at 71% recycled input overall.",
            },
        ],
    };

    private static SubsidiaryWorkbook Nm() => new()
    {
        Entity = Entity("NM", "内蒙古创新新材料有限公司", new(2023, 9, 1), new(2024, 8, 31), "casting",
            output: 585_000m, purchased: 531_800m, grid: "内蒙古 Inner Mongolia", PlanCategoryTotals["NM"]),
        Sources =
        [
            Fuel(3, "1", "1.1", "熔炼炉组天然气 Melting furnaces, natural gas", 6_848_111m, Unit.CubicMetre, "m3", NaturalGasFactor, "能源消耗台账 Energy ledger"),
            Fuel(4, "2", "1.2", "场内柴油车辆及叉车 Site diesel vehicles and forklifts", 150_000m, Unit.Litre, "L", DieselFactor, "能源消耗台账 Energy ledger"),
            Electricity(5, "3", 54_833m),
            Reported(6, "4", 3, "3.1", "上游运输、废料运输及通勤 Upstream transport, waste transport and commuting", 7_607m),
            Reported(7, "5", 4, "4.1", "采购铝（含废铝） Purchased aluminium (incl. scrap)", 9_093_705m, scope3: 1, material: "primary-ingot"),
        ],
        EnergyAndProduction =
        [
            new(3, 2023, null, "output", 585_000m, Unit.Tonne, "由 46,476 tCO2e ÷ 0.0794 推定（计划印为 0.08） / inferred from 46,476 tCO2e ÷ 0.0794 (printed 0.08)"),
            new(4, 2023, null, "purchased-aluminium", 531_800m, Unit.Tonne, "由 9,093,705 ÷ 17.1 推定 / inferred from 9,093,705 ÷ 17.1"),
            new(5, 2023, null, "electricity", 54_833m, Unit.MWh, Inferred),
            new(6, 2023, null, "natural-gas", 6_848_111m, Unit.CubicMetre, Inferred),
            new(7, 2023, null, "diesel", 150_000m, Unit.Litre, Inferred),
        ],
        Targets =
        [
            Target(3, TargetBoundary.Scope12, "intensity", 2023, 2025, 5m, "per-year", "公司范围内组织温室气体排放强度每年减排 5%，以满足工艺范围 1+范围 2 于 2025 年应实现的目标",
                wordingEn: "Cut the organisation's greenhouse gas intensity by 5% a year, to meet the process scope 1 + scope 2 target for 2025"),
            Target(4, "scope3-cat1", "intensity", 2023, 2026, null, "vs-base", "对供应商提出减碳要求，努力于 2026 年将采购铝的碳足迹降至 15.1 t CO2/t 铝",
                value: 15.1m, unit: "t CO2/t 铝", gasBasis: "CO2",
                wordingEn: "Ask suppliers to cut carbon, aiming to bring the carbon footprint of purchased aluminium down to 15.1 t CO2/t Al by 2026"),
        ],
        Goals = new GoalsStatement
        {
            Statement = "根据 2023 年 GHG 排放 14064 核查结果，和 ASI 提供的 ASI 实体 GHG 路径计算工具中文版 UNPROTECTED_UPLOAD_FINAL CLEAN ASI Entity GHG Pathways Calculation Tool 20-10-2023_CN(3) 计算，现有排放量和减排目标如路径表所示。",
            Notes = "报告期为 2023 年 9 月至 2024 年 9 月，按 2023 年度申报。 / The reporting period runs from September 2023 to September 2024 and is declared under 2023.",
            StatementEn = "Current emissions and the reduction targets in the pathway table were calculated from the verified 2023 GHG (ISO 14064) results with the Chinese edition of ASI's Entity GHG Pathways Calculation Tool (UNPROTECTED_UPLOAD_FINAL CLEAN ASI Entity GHG Pathways Calculation Tool 20-10-2023_CN(3)).",
            NotesEn = "The reporting period runs from September 2023 to September 2024 and is declared under 2023.",
        },
        DeclaredPathway = Pathway(3, "tCO2e/tAl", "UNPROTECTED_UPLOAD_FINAL CLEAN ASI Entity GHG Pathways Calculation Tool 20-10-2023_CN(3)",
            process: [0.08m, 0.079m, 0.079m, 0.079m, 0.079m, 0.079m],
            purchased: [17.1m, 16.5m, 16m, 15.1m, 14.9m, 12.5m]),
        Measures =
        [
            new ReductionMeasure
            {
                Row = 3, Name = "电瓶叉车替换燃油叉车", NameEn = "Battery forklifts replace fuel forklifts", Type = "electrification", AnnualAmount = 0.09m, AnnualUnit = "L/t",
                DeclaredReduction = 0.24m, DeclaredReductionUnit = "kgCO2/t",
                Description = "内蒙新材料通过购置电瓶叉车替换燃油叉车，加强场内柴油车辆管理等措施，单吨产品油耗目标在 2023 年基础上下降 0.09（L/t），合 0.0774kg/t，即减排 0.24kg/t。",
                DescriptionEn = "Buying battery forklifts to replace fuel ones and managing on-site diesel vehicles more tightly, the company aims to cut fuel use per tonne of product by 0.09 L/t on 2023 (0.0774 kg/t), i.e. 0.24 kg/t less CO2.",
            },
            new ReductionMeasure
            {
                Row = 4, Name = "熔炼炉组生产节拍优化", NameEn = "Melting furnace cycle optimisation", Type = "fuel-intensity", AnnualAmount = 0.85m, AnnualUnit = "m3/t",
                DeclaredReduction = 1.84m, DeclaredReductionUnit = "kgCO2/t",
                Description = "内蒙新材料合理安排熔炼炉组生产节拍、降低能耗、提效率，天燃气消耗目标单吨产品燃耗在 2023 年基础上下降 0.85（m³/t），即减排 1.84kg/t。",
                DescriptionEn = "Scheduling the melting furnaces' cycles well to use less energy and work more efficiently, the company aims to cut natural gas use per tonne of product by 0.85 m³/t on 2023, i.e. 1.84 kg/t less CO2.",
            },
            new ReductionMeasure
            {
                Row = 5, Name = "除尘烟罩技改及排烟设施间歇运行", NameEn = "Dust hood retrofit and intermittent exhaust", Type = "efficiency", AnnualAmount = 1.5m, AnnualUnit = "MWh",
                Description = "内蒙新材料通过更换技改除尘烟罩，提升排烟效率，根据现场生产状况间歇性启动排烟设施，年度节约 1.5MWh。",
                DescriptionEn = "Retrofitted dust hoods exhaust more efficiently, and the exhaust system runs intermittently as production requires, saving 1.5 MWh a year.",
            },
            new ReductionMeasure
            {
                Row = 6, Name = "无纸化办公", NameEn = "Paperless office", Type = "other",
                Description = "内蒙新材料公司内部推行无纸化办公，多利用 OA、致信传输文件，制定线上表单，减少文件打印；提倡办公用纸双面使用。",
                DescriptionEn = "The company moves its offices towards paperless work: files travel through the office system and messaging, forms are online, less is printed, and paper is used on both sides.",
            },
        ],
    };

    private static EntityDeclaration Entity(string code, string name, DateOnly start, DateOnly end, string stage,
        decimal output, decimal purchased, string grid, decimal[] planTotals) => new()
    {
        SubsidiaryCode = code,
        SubsidiaryName = name,
        ReportingYear = 2023,
        PeriodStart = start,
        PeriodEnd = end,
        BaseYear = 2023,
        ProductionStage = stage,
        OutputTonnes = output,
        PurchasedAluminiumTonnes = purchased,
        IntraGroupPurchaseTonnes = 0m,
        GridRegion = grid,
        ResponsiblePerson = $"{code} 温室气体数据专员（样例） GHG data officer (sample)",
        Contact = $"ghg-{code.ToLowerInvariant()}@example.com",
        Assurance = new("verified", "第三方核查机构（样例） Third-party verifier (sample)", "reasonable", $"SAMPLE-{code}-2023"),
        Significance =
        [
            new(5, false, SampleJustification),
            new(6, false, SampleJustification),
        ],
        DeclaredTotals = new Dictionary<int, decimal> { [1] = planTotals[0], [2] = planTotals[1], [3] = planTotals[2], [4] = planTotals[3] },
    };

    /// <summary>
    /// Sample uncertainties in percent (95 % confidence), in the ranges IPCC 2006 vol. 1 ch. 3 gives for such data:
    /// metered electricity 2 %, natural gas 3 %, diesel 5 %, verified direct totals 5 %, transport estimates 20 %,
    /// supplier footprints of purchased goods 30 %.
    /// </summary>
    public static decimal SampleUncertainty(int category, string? factorId = null) => (category, factorId) switch
    {
        (2, _) => 2m,
        (1, NaturalGasFactor) => 3m,
        (1, _) => 5m,
        (3, _) => 20m,
        _ => 30m,
    };

    private static EmissionSourceLine Reported(int row, string number, int category, string subcategory, string name, decimal tco2e, int? scope3 = null,
        string? material = null) => new()
    {
        Row = row,
        LineNumber = number,
        Category = category,
        Subcategory = subcategory,
        SourceName = name,
        Gas = "CO2e",
        ReportedTco2e = tco2e,
        Evidence = PlanEvidence,
        Scope3Category = scope3,
        Material = material,
        UncertaintyPercent = SampleUncertainty(category),
    };

    private static EmissionSourceLine Electricity(int row, string number, decimal mwh) => new()
    {
        Row = row,
        LineNumber = number,
        Category = 2,
        Subcategory = "2.1",
        SourceName = "外购电力 Purchased electricity",
        Gas = "CO2",
        ActivityAmount = mwh,
        ActivityUnit = Unit.MWh,
        ActivityUnitText = "MWh",
        FactorId = GridFactor,
        Evidence = "电费结算单 Electricity bills",
        Notes = Inferred,
        UncertaintyPercent = SampleUncertainty(2),
    };

    private static EmissionSourceLine Fuel(int row, string number, string subcategory, string name, decimal amount, Unit unit,
        string unitAsTyped, string factorId, string evidence) => new()
    {
        Row = row,
        LineNumber = number,
        Category = 1,
        Subcategory = subcategory,
        SourceName = name,
        Gas = "CO2",
        ActivityAmount = amount,
        ActivityUnit = unit,
        ActivityUnitText = unitAsTyped,
        FactorId = factorId,
        Evidence = evidence,
        Notes = Inferred,
        UncertaintyPercent = SampleUncertainty(1, factorId),
    };

    private static TargetDeclaration Target(int row, string boundary, string metric, int baseYear, int targetYear, decimal? reduction,
        string cadence, string wording, decimal? value = null, string? unit = null, string gasBasis = "CO2e", string? wordingEn = null) => new()
    {
        Row = row,
        Boundary = boundary,
        Metric = metric,
        GasBasis = gasBasis,
        BaseYear = baseYear,
        TargetYear = targetYear,
        ReductionPercent = reduction,
        Cadence = cadence,
        TargetValue = value,
        TargetUnit = unit,
        Wording = wording,
        WordingEn = wordingEn,
    };

    private static DeclaredPathwayPoint[] Pathway(int firstRow, string unit, string source, decimal[] process, decimal[] purchased)
    {
        var points = new List<DeclaredPathwayPoint>();
        var row = firstRow;
        for (var i = 0; i < PathwayYears.Length; i++)
        {
            points.Add(new(row++, "process", PathwayYears[i], process[i], unit, source));
        }
        for (var i = 0; i < PathwayYears.Length; i++)
        {
            points.Add(new(row++, "purchased-aluminium", PathwayYears[i], purchased[i], unit, source));
        }
        return [.. points];
    }
}
