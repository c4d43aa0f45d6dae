using GhgReports.Reporting;

namespace GhgReports.Tests.Reporting;

public sealed class DocumentVersionChangesTests
{
    private static readonly Dictionary<string, string> Before = new(StringComparer.Ordinal)
    {
        [DataFingerprint.RegisterPart] = "aaaaaaaaaaaaaaaa",
        [DataFingerprint.GeneratorPart] = "0.1.0",
        [DataFingerprint.SubmissionPart("CP", 2023)] = "1111111111111111",
        [DataFingerprint.MethodPart("CP", 2023)] = "AR5 · 2026.1",
        [DataFingerprint.SubmissionPart("LW", 2023)] = "2222222222222222",
        [DataFingerprint.MethodPart("LW", 2023)] = "AR5 · 2026.1",
    };

    [Fact]
    public void Changes_GwpSwitchedAndAMemberWithdrawnAndAnotherAdded_OneLineEachWithoutMethodNoise()
    {
        var after = new Dictionary<string, string>(Before)
        {
            [DataFingerprint.MethodPart("CP", 2023)] = "AR6 · 2026.1",
            [DataFingerprint.SubmissionPart("YN", 2023)] = "3333333333333333",
            [DataFingerprint.MethodPart("YN", 2023)] = "AR6 · 2026.1",
        };
        after.Remove(DataFingerprint.SubmissionPart("LW", 2023));
        after.Remove(DataFingerprint.MethodPart("LW", 2023));

        var changes = DocumentVersions.Changes(Before, after).Select(c => c.En).ToList();

        Assert.Equal(
        [
            "LW 2023: data no longer in force (was submission 222222222222)",
            "YN 2023: data added (submission 333333333333)",
            "CP 2023: recalculated with another method, AR5 · 2026.1 → AR6 · 2026.1",
        ], changes);
    }

    [Fact]
    public void Changes_RecalculationRecord_SaidOnlyWhereNoDataOrMethodLineSaysIt()
    {
        var period = new GhgReports.Inventory.Calculation.ReportingPeriod(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        // A group pack carries no base-year data parts: the record is the only sign of a corrected base.
        var groupAfter = new Dictionary<string, string>(Before) { [DataFingerprint.RecalculationPart("CP", period)] = "2025-03-01T00:00:00.0000000+00:00" };
        // A plan carries the base year's data part too: "data corrected" already says it.
        var planAfter = new Dictionary<string, string>(groupAfter) { [DataFingerprint.SubmissionPart("CP", 2023)] = "4444444444444444" };
        var structural = new Dictionary<string, string>(Before) { [DataFingerprint.StructurePart] = "2023:CP,LW:100→120:" };

        Assert.Equal(["CP 2023-01-01..2023-12-31: a recalculation or base-year correction recorded"],
            DocumentVersions.Changes(Before, groupAfter).Select(c => c.En));
        Assert.Equal(["CP 2023: data corrected, submission 111111111111 → 444444444444"], DocumentVersions.Changes(Before, planAfter).Select(c => c.En));
        Assert.Equal(["the group register changed; the group base recalculated for the structural change"],
            DocumentVersions.Changes(Before, structural).Select(c => c.En));
    }

    [Fact]
    public void Fingerprint_SameParts_SameHash_AnyPartChanged_AnotherHash()
    {
        var same = new DataFingerprint(new Dictionary<string, string>(Before.Reverse()));
        var changed = new DataFingerprint(new Dictionary<string, string>(Before) { [DataFingerprint.GeneratorPart] = "0.2.0" });

        Assert.Equal(new DataFingerprint(Before).Hash, same.Hash);
        Assert.NotEqual(new DataFingerprint(Before).Hash, changed.Hash);
        Assert.Equal("plans/2024/ghg-reduction-plan-2024-en-v3.pdf", DocumentVersions.VersionedName("plans/2024/ghg-reduction-plan-2024-en.pdf", 3));
    }
}
