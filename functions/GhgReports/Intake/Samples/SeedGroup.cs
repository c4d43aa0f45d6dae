using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Intake.Samples;

/// <summary>
/// The group workbook behind the 2023 plan: its four subsidiaries, its −5 % intensity target and its narrative
/// sections (一、二、六、七) as written in the plan. The English renderings are ours; the group's name is not in the
/// plan and is marked as a sample.
/// </summary>
public static class SeedGroup
{
    private const string GridFactor = SeedSamples.GridFactor;

    public static GroupWorkbook Workbook { get; } = new()
    {
        Group = new GroupInfo("创新集团（样例）", "Innovation Group (sample)", "operational-control",
            "集团可持续发展部（样例） Group sustainability team (sample)", "ghg@example.com"),
        Register =
        [
            Subsidiary(3, "CP", "山东创新精密科技有限公司", "Shandong Innovation Precision Technology Co., Ltd.", "创新精密", "山东 Shandong", "semi-fabrication"),
            Subsidiary(4, "LW", "内蒙古创新轻量化新材料有限公司", "Inner Mongolia Innovation Lightweight New Materials Co., Ltd.", "内蒙轻量化", "内蒙古 Inner Mongolia", "semi-fabrication"),
            Subsidiary(5, "YN", "云南创新合金有限公司", "Yunnan Innovation Alloy Co., Ltd.", "云南创新", "云南 Yunnan", "casting"),
            Subsidiary(6, "NM", "内蒙古创新新材料有限公司", "Inner Mongolia Innovation New Materials Co., Ltd.", "内蒙新材料", "内蒙古 Inner Mongolia", "casting"),
        ],
        Targets =
        [
            new TargetDeclaration
            {
                Row = 3, Boundary = TargetBoundary.Scope12, Metric = "intensity", GasBasis = "CO2e", BaseYear = 2023, TargetYear = 2025, ReductionPercent = 5m,
                Cadence = "vs-base", Wording = "较基准年 2023 年相比，2025 年末实现单位产量碳排放量（范围 1+2）较基线年下降 5%。",
            },
        ],
        // The plan states no criteria and no reason for leaving out categories 5 and 6; these are the sample group's own.
        SignificanceCriteria = new Bilingual(
            "间接排放类别符合以下任一条件即判定为重大并纳入清单：（1）估算排放量达到组织排放总量的 1% 及以上；（2）客户或 ASI 绩效标准 5.3 要求报告（如范围3类别1采购铝）；（3）组织能够施加影响且可获得可靠数据。",
            "An indirect category is significant, and included, when any of these holds: (1) its estimated emissions are 1 % or more of the organisation's total; (2) customers or ASI Performance Standard criterion 5.3 require it (e.g. scope 3 category 1 purchased aluminium); (3) the organisation can influence it and reliable data are available."),
        ExclusionJustifications = new Dictionary<int, string>
        {
            [5] = "集团产品为铝加工材和合金锭，在使用阶段不直接产生温室气体排放，按上述准则判定为不重大 / The group's products are aluminium semi-finished products and alloy ingots, which emit no GHG directly in use: not significant under the criteria above",
            [6] = "按上述准则未识别出其他重大间接排放源 / No other significant indirect source was identified under the criteria above",
        },
        // The plan names no threshold; 5 % is the sample group's, the level the GHG Protocol's examples use.
        Recalculation = new GroupRecalculationPolicy(5m, []),
        // Sample values, not the group's: an 8 % rate and 2024 list prices of the order industrial buyers in China pay.
        Economics = new GroupEconomics(8m,
        [
            new EnergyPrice(3, "electricity", 650m, "样例：工商业到户电价约 0.65 元/kWh / sample: industrial tariff about CNY 0.65/kWh"),
            new EnergyPrice(4, "natural-gas", 3.6m, "样例：工业天然气约 3.6 元/m³ / sample: industrial gas about CNY 3.6/m³"),
            new EnergyPrice(5, "diesel", 7.8m, "样例：柴油约 7.8 元/L / sample: diesel about CNY 7.8/L"),
        ]),
        // Nor a deadline; the sample group's is the end of March, when its plan's verifications are due.
        Deadline = new SubmissionDeadline(3, 31),
        Narrative = new PlanNarrative(
            new Bilingual(
                "在全球气候变化的严峻挑战下，减少温室气体排放已成为国际社会共识和企业不可推卸的责任。本公司积极响应国家碳中和目标，制定并实施温室气体减排计划，旨在通过技术创新、管理优化和绿色转型，有效降低生产运营过程中的碳排放，促进可持续发展。",
                "Faced with the serious challenge of global climate change, reducing greenhouse-gas emissions has become an international consensus and a responsibility no company can shirk. In support of the national carbon-neutrality goal, the group has drawn up and is carrying out this reduction plan, to cut the emissions of its production and operations through technical innovation, better management and a green transition, and so to develop sustainably."),
            new Bilingual(
                "绿色引领，精准管控。节能减碳，高效生产。坚持科学管理和技术创新，持续减少 GHG 排放，为应对气候变化贡献力量。",
                "Green leadership, precise control. Save energy, cut carbon, produce efficiently. Through sound management and technical innovation we keep reducing GHG emissions and contribute to the response to climate change."),
            new Bilingual(
                "1. 组织保障：成立温室气体减排领导小组，负责减排计划的制定、实施、监督和评估。\n2. 资金保障：设立专项基金，支持节能减排技术研发、设备升级、项目实施等。\n3. 政策与法规支持：积极研究并利用国家及地方政府的节能减排政策、补贴和税收优惠。\n4. 合作与交流：加强与国际国内同行、科研机构、非政府组织的合作与交流，共享减排经验和技术。",
                "1. Organisation: a GHG reduction steering group draws up, carries out, monitors and evaluates the plan.\n2. Funding: a dedicated fund supports energy-saving research, equipment upgrades and projects.\n3. Policy and regulation: we study and use national and local energy-saving policies, subsidies and tax incentives.\n4. Cooperation: we work with peers at home and abroad, research institutes and NGOs to share reduction experience and technology."),
            new Bilingual(
                "公司温室气体减排计划的实施，不仅是对国家碳中和战略的积极响应，也是企业自身转型升级、实现可持续发展的重要途径。我们将坚定不移地推进各项减排措施，努力构建绿色低碳的发展模式，为实现全球气候目标贡献企业力量。同时，我们也期待与社会各界携手共进，共同应对气候变化挑战，共创美好未来。",
                "Carrying out this plan answers the national carbon-neutrality strategy and is also an important path for the group's own transformation and sustainable development. We will press ahead with every reduction measure, build a green, low-carbon way of working and contribute to the global climate goals, and we look forward to working with all parts of society to meet the challenge of climate change together.")),
    };

    private static RegisteredSubsidiary Subsidiary(int row, string code, string nameZh, string nameEn, string shortName, string province, string stage) => new()
    {
        Row = row,
        Code = code,
        NameZh = nameZh,
        NameEn = nameEn,
        ShortName = shortName,
        Province = province,
        // The plan's inventories match the national carbon-market factor for every subsidiary (see SeedSamples).
        GridFactorId = GridFactor,
        ProductionStage = stage,
        SharePercent = 100m,
        // All four are the group's own operations, consolidated under operational control.
        Controlled = true,
    };
}
