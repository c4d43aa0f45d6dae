using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Pathways;
using Microsoft.Extensions.Options;

namespace GhgReports.Composition;

/// <summary>
/// Checks the calculation settings against the reference data this build carries, so a GWP set, residual-mix factor or
/// curve set that does not exist stops the app at start, with the setting named, instead of failing the first intake.
/// </summary>
internal sealed class GhgOptionsValidation(GwpCatalog gwps, IFactorCatalog factors, PathwayCurveCatalog curves) : IValidateOptions<GhgOptions>
{
    public const string GwpSetRequired = "Setting 'GwpSet' (e.g. AR5 or AR6) is required: the GWP set used must be chosen and reported.";

    public ValidateOptionsResult Validate(string? name, GhgOptions options)
    {
        var failures = new List<string>();
        if (options.GwpSet is not { Length: > 0 } gwp)
        {
            failures.Add(GwpSetRequired);
        }
        else if (!gwps.TryGet(gwp, out _))
        {
            failures.Add($"Setting 'GwpSet' is '{gwp}', which is not a GWP set of this build ({string.Join(", ", gwps.All.Select(s => s.Id))}).");
        }
        if (options.ResidualMixFactor is { Length: > 0 } residual && !factors.TryGet(residual, out _))
        {
            failures.Add($"Setting 'ResidualMixFactor' is '{residual}', which is not a factor of library {factors.Version}; leave it empty to use the grid average as a disclosed proxy.");
        }
        if (curves.All.All(c => c.Id != options.CurveSetId))
        {
            failures.Add($"Setting 'PathwayCurveSet' is '{options.PathwayCurveSet}', which is not a curve set of this build ({string.Join(", ", curves.All.Select(c => c.Id))}).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
