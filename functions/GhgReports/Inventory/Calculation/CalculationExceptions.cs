using GhgReports.Localization;

namespace GhgReports.Inventory.Calculation;

/// <summary>Why the calculator refused a line.</summary>
internal enum RefusalReason
{
    Co2eGwpBasisMismatch,
    UnitCannotConvert,
    CustomFactorUnitNotUnderstood,
    GasNotInFactor,
    NoGwpForGas,
    BiogenicWithCo2eOnlyFactor,
    NotQuantified,
}

/// <summary>
/// A line the calculator will not turn into tCO2e rather than guess. Intake validation is meant to stop such lines
/// before calculation, so reaching this is a bug in intake or a hand-built workbook, never something to swallow.
/// </summary>
internal class CalculationRefusedException : Exception
{
    public CalculationRefusedException(RefusalReason reason, int row, Bilingual text)
        : base(text.En)
    {
        Reason = reason;
        Row = row;
        Text = text;
    }

    public RefusalReason Reason { get; }

    /// <summary>Sheet row of the refused line.</summary>
    public int Row { get; }

    public Bilingual Text { get; }
}

/// <summary>
/// A CO2e-only factor used with a GWP set other than the one its publisher computed it with: the gases inside it
/// cannot be re-weighted, so the figure would silently mix two GWP sets.
/// </summary>
internal sealed class Co2eGwpBasisMismatchException : CalculationRefusedException
{
    public Co2eGwpBasisMismatchException(int row, string factorId, string factorBasis, string requestedSet)
        : base(RefusalReason.Co2eGwpBasisMismatch, row, InventoryTexts.RefuseCo2eGwpBasis.Format(row, factorId, factorBasis, requestedSet))
    {
        FactorId = factorId;
        FactorBasis = factorBasis;
        RequestedSet = requestedSet;
    }

    public string FactorId { get; }
    public string FactorBasis { get; }
    public string RequestedSet { get; }
}
