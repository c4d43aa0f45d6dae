namespace GhgReports.Submissions;

/// <summary>
/// What a target covers, as the workbook's boundary list stores it (<see cref="ChoiceLists.TargetBoundary"/>). The
/// names are the stored spelling of <see cref="TargetDeclaration.Boundary"/>: never change one.
/// </summary>
internal static class TargetBoundary
{
    public const string Scope12 = "scope1+2";
    public const string Scope1 = "scope1";
    public const string Scope2 = "scope2";
    public const string Scope3PurchasedAluminium = "scope3-cat1";
    public const string Total = "total";

    /// <summary>
    /// The target the plan, the tracker and intake's checks measure against: the scope 1+2 one when declared (the
    /// ASI pathway is on scope 1+2), else the first.
    /// </summary>
    public static TargetDeclaration? Headline(IEnumerable<TargetDeclaration> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var all = targets as IReadOnlyCollection<TargetDeclaration> ?? [.. targets];
        return all.FirstOrDefault(t => t.Boundary == Scope12) ?? all.FirstOrDefault();
    }
}
