namespace GhgReports.Inventory.Classification;

/// <summary>GHG Protocol scope 3 categories, numbered as the standard numbers them; the numbers are stored and never change.</summary>
public enum Scope3Category
{
    PurchasedGoodsAndServices = 1,
    CapitalGoods = 2,
    FuelAndEnergyRelatedActivities = 3,
    UpstreamTransportation = 4,
    WasteGenerated = 5,
    BusinessTravel = 6,
    EmployeeCommuting = 7,
    UpstreamLeasedAssets = 8,
    DownstreamTransportation = 9,
    ProcessingOfSoldProducts = 10,
    UseOfSoldProducts = 11,
    EndOfLifeOfSoldProducts = 12,
    DownstreamLeasedAssets = 13,
    Franchises = 14,
    Investments = 15,
}
