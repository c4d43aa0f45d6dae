using GhgReports.Intake.Samples;
using GhgReports.Submissions;

namespace GhgReports.IntegrationTests;

/// <summary>The correction the year-after-year tests make: CP's 2023 category 1 re-measured, 11,678 → 12,500 tCO2e (declared total alike).</summary>
internal static class BaseYearCorrection
{
    public static SubsidiaryWorkbook Cp2023Category1(decimal tco2e = 12_500m)
    {
        var cp = SeedSamples.ByCode("CP");
        return cp with
        {
            Entity = cp.Entity with { DeclaredTotals = new Dictionary<int, decimal>(cp.Entity.DeclaredTotals) { [1] = tco2e } },
            Sources = [.. cp.Sources.Select(s => s.Category == 1 ? s with { ReportedTco2e = tco2e } : s)],
        };
    }
}
