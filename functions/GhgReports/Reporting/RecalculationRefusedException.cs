namespace GhgReports.Reporting;

/// <summary>Why a recalculation was not done at all, so a caller can tell it apart from a failure by its type.</summary>
public enum RecalculationRefusal
{
    /// <summary>The factor library version asked for is not the one this build carries: the request was wrong.</summary>
    UnknownFactorVersion,

    /// <summary>No group workbook is in force, so there is no register to recalculate.</summary>
    NoRegister,
}

/// <summary>A recalculation refused before anything was written; <see cref="Refusal"/> says why.</summary>
public sealed class RecalculationRefusedException(RecalculationRefusal refusal, string message) : Exception(message)
{
    public RecalculationRefusal Refusal { get; } = refusal;
}
