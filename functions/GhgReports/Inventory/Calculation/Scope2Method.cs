namespace GhgReports.Inventory.Calculation;

/// <summary>The two GHG Protocol scope 2 methods. Every total that includes category 2 must name one.</summary>
public enum Scope2Method
{
    LocationBased,
    MarketBased,
}
