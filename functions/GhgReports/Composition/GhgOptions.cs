using GhgReports.Inventory.Calculation;

namespace GhgReports.Composition;

/// <summary>
/// How the app calculates and which pathway curves it compares with. Each property is an app setting of the same name
/// (infra/app/functions.bicep, local.settings.sample.json), bound once at start and checked by
/// <see cref="GhgOptionsValidation"/>; <see cref="AppSettings"/> lists it with its kin.
/// </summary>
internal sealed class GhgOptions
{
    /// <summary>The only curve set shipped so far (fitted to the 2023 plan, to be replaced by the ASI tool's values).</summary>
    public const string DefaultCurveSet = "seed-fitted";

    /// <summary>
    /// "AR5", "AR6", …: a deliberate, reported choice (ISO 14064-1 9.3.1 t), so required and never defaulted here.
    /// </summary>
    public string? GwpSet { get; set; }

    /// <summary>The market-based factor for electricity without a contractual instrument; empty: the grid average as a proxy.</summary>
    public string? ResidualMixFactor { get; set; }

    /// <summary>The sector pathway curves targets are checked against; empty: <see cref="DefaultCurveSet"/>.</summary>
    public string? PathwayCurveSet { get; set; }

    public string CurveSetId => PathwayCurveSet is { Length: > 0 } id ? id : DefaultCurveSet;

    public CalculationSettings ToCalculationSettings() => new()
    {
        GwpSetId = GwpSet is { Length: > 0 } gwp
            ? gwp
            : throw new InvalidOperationException(GhgOptionsValidation.GwpSetRequired),
        ResidualMix = ResidualMixFactor is { Length: > 0 } residual
            ? new ResidualMixChoice.Factor(residual)
            : new ResidualMixChoice.GridAverageProxy(),
    };
}
