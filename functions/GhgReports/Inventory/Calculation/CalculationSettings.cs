namespace GhgReports.Inventory.Calculation;

/// <summary>
/// The choices a calculation makes that the workbook does not: all explicit, all recorded with the result.
/// There is no default GWP set on purpose (ISO 14064-1 9.3.1 t asks for the set used to be reported).
/// </summary>
public sealed record CalculationSettings
{
    /// <summary>"AR5", "AR6", ... as in the GWP catalog.</summary>
    public required string GwpSetId { get; init; }

    /// <summary>What market-based scope 2 applies to purchased electricity without a contractual instrument.</summary>
    public required ResidualMixChoice ResidualMix { get; init; }

    /// <summary>The stored submission the workbook came from; empty when calculating outside storage (tests, demo).</summary>
    public string SubmissionId { get; init; } = "";
}

/// <summary>The market-based factor for electricity with no contractual instrument.</summary>
public abstract record ResidualMixChoice
{
    private ResidualMixChoice()
    {
    }

    /// <summary>
    /// Use each line's own grid factor. China publishes no residual mix, so the grid average is the only available
    /// stand-in; the lines say so.
    /// </summary>
    public sealed record GridAverageProxy : ResidualMixChoice;

    /// <summary>A residual mix factor from the catalog, applied to every line without an instrument.</summary>
    public sealed record Factor(string FactorId) : ResidualMixChoice;
}
