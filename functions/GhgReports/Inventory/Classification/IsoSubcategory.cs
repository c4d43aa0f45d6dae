namespace GhgReports.Inventory.Classification;

/// <summary>GHG Protocol scope an ISO 14064-1 line maps to.</summary>
public enum Scope
{
    Scope1 = 1,
    Scope2 = 2,
    Scope3 = 3,
}

/// <summary>
/// An ISO 14064-1:2018 Annex B sub-category with its GHG Protocol mapping. Category 4.1 purchased goods is
/// where the ASI metric "scope 3 category 1, purchased aluminium" lives, so every line carries both vocabularies.
/// </summary>
internal sealed record IsoSubcategory(string Code, int Category, string Zh, string En, Scope Scope, int? Scope3Category);

internal static class IsoCategories
{
    public static IReadOnlyList<(int Number, string Zh, string En)> Categories { get; } =
    [
        (1, "直接温室气体排放和移除", "Direct GHG emissions and removals"),
        (2, "外购能源的间接温室气体排放", "Indirect GHG emissions from imported energy"),
        (3, "运输产生的间接温室气体排放", "Indirect GHG emissions from transportation"),
        (4, "组织使用的产品产生的间接温室气体排放", "Indirect GHG emissions from products used by the organization"),
        (5, "与使用组织产品有关的间接温室气体排放", "Indirect GHG emissions associated with the use of products from the organization"),
        (6, "其他来源的间接温室气体排放", "Indirect GHG emissions from other sources"),
    ];

    public static IReadOnlyList<IsoSubcategory> Subcategories { get; } =
    [
        new("1.1", 1, "固定燃烧", "Stationary combustion", Scope.Scope1, null),
        new("1.2", 1, "移动燃烧", "Mobile combustion", Scope.Scope1, null),
        new("1.3", 1, "工业过程排放和移除", "Industrial process emissions and removals", Scope.Scope1, null),
        new("1.4", 1, "逸散排放", "Fugitive emissions", Scope.Scope1, null),
        new("1.5", 1, "土地利用相关排放和移除", "Land use, land-use change and forestry", Scope.Scope1, null),
        new("2.1", 2, "外购电力", "Imported electricity", Scope.Scope2, null),
        new("2.2", 2, "外购其他能源（蒸汽、热、冷、压缩空气）", "Imported energy (steam, heat, cooling, compressed air)", Scope.Scope2, null),
        new("3.1", 3, "上游运输和配送", "Upstream transport and distribution", Scope.Scope3, 4),
        new("3.2", 3, "下游运输和配送", "Downstream transport and distribution", Scope.Scope3, 9),
        new("3.3", 3, "员工通勤", "Employee commuting", Scope.Scope3, 7),
        new("3.4", 3, "客户和访客交通", "Client and visitor transport", Scope.Scope3, 9),
        new("3.5", 3, "商务旅行", "Business travel", Scope.Scope3, 6),
        new("4.1", 4, "采购商品（含采购铝）", "Purchased goods (incl. purchased aluminium)", Scope.Scope3, 1),
        new("4.2", 4, "资本货物", "Capital goods", Scope.Scope3, 2),
        new("4.3", 4, "固体和液体废物处置", "Disposal of solid and liquid waste", Scope.Scope3, 5),
        new("4.4", 4, "上游租赁资产", "Upstream leased assets", Scope.Scope3, 8),
        new("4.5", 4, "采购服务", "Purchased services", Scope.Scope3, 1),
        new("4.6", 4, "燃料和能源相关活动（上游）", "Fuel- and energy-related activities (upstream)", Scope.Scope3, 3),
        new("5.1", 5, "售出产品的使用", "Use of sold products", Scope.Scope3, 11),
        new("5.2", 5, "下游租赁资产", "Downstream leased assets", Scope.Scope3, 13),
        new("5.3", 5, "售出产品的寿命终结处理", "End-of-life treatment of sold products", Scope.Scope3, 12),
        new("5.4", 5, "售出产品的加工", "Processing of sold products", Scope.Scope3, 10),
        new("5.5", 5, "投资", "Investments", Scope.Scope3, 15),
        new("6.1", 6, "其他来源", "Other sources", Scope.Scope3, null),
    ];

    private static readonly Dictionary<string, IsoSubcategory> ByCode = Subcategories.ToDictionary(s => s.Code);

    public static bool TryGet(string code, out IsoSubcategory subcategory) => ByCode.TryGetValue(code, out subcategory!);

    public static Scope ScopeOf(int category) => category switch
    {
        1 => Scope.Scope1,
        2 => Scope.Scope2,
        _ => Scope.Scope3,
    };
}
