using GhgReports.Intake;
using GhgReports.Intake.Reading;
using static GhgReports.Tests.Intake.BrokenWorkbooks;

namespace GhgReports.Tests.Intake;

/// <summary>
/// What every untrusted-workbook test shares: the check run as the intake runs it, the assertions on its answer and the
/// hostile XML they plant. The check watches the system temp folder, so its tests run in that folder's collection.
/// </summary>
[Collection(TempFolderCollection.Name)]
public abstract class UntrustedWorkbookChecks
{
    protected const string SourcesSheet = "排放源 Sources";
    protected const string EntitySheet = "基本信息 Entity";

    protected const string BillionLaughs =
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" +
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">" +
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">" +
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">" +
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">" +
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">" +
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">" +
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">" +
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    protected const string ExternalEntity = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    /// <summary>
    /// Runs the whole check as the intake does, asserting on the way that nothing escapes and nothing is left in the
    /// temporary directory.
    /// </summary>
    protected static WorkbookCheckResult CheckBytes(byte[] bytes, ReadLimits? limits = null)
    {
        var tempBefore = TempEntries();
        WorkbookCheckResult? result = null;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            var thrown = Record.Exception(() => result = new WorkbookCheck(Factors, limits).Check(stream));
            Assert.Null(thrown);
        }
        Assert.Empty(TempEntries().Except(tempBefore));
        return result!;
    }

    /// <summary>
    /// Files in the system temp folder, less the runtime's own diagnostic sockets and pipes and MSBuild's node pipes
    /// (<c>MSBuild&lt;pid&gt;</c>), which every .NET process or build running beside the tests creates there and which say
    /// nothing about our check.
    /// </summary>
    private static HashSet<string> TempEntries() =>
        [.. Directory.EnumerateFiles(Path.GetTempPath())
            .Where(p => !Path.GetFileName(p).StartsWith("dotnet-diagnostic-", StringComparison.Ordinal)
                        && !Path.GetFileName(p).StartsWith("clr-debug-pipe-", StringComparison.Ordinal)
                        && !Path.GetFileName(p).StartsWith("MSBuild", StringComparison.Ordinal))];

    /// <summary>Asserts the file was refused with <paramref name="code"/> (at the sheet and cell given) and returns that problem.</summary>
    protected static Problem AssertRefused(WorkbookCheckResult result, string code, string? sheet = null, string? cell = null)
    {
        var seen = string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Location}"));
        Assert.False(result.Accepted, $"accepted; problems: {seen}");
        var matches = result.Problems.Where(p => p.Code == code && (sheet is null || p.Sheet == sheet) && (cell is null || p.Cell == cell)).ToList();
        Assert.True(matches.Count > 0, $"no {code} at {sheet}!{cell}; problems: {seen}");
        var problem = matches[0];
        Assert.True(problem.IsError);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.Zh));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.En));
        Assert.DoesNotContain("{0", problem.Message.En, StringComparison.Ordinal);
        return problem;
    }

    /// <summary>Asserts the file was accepted, naming every problem seen if it was not.</summary>
    protected static void AssertAccepted(WorkbookCheckResult result) =>
        Assert.True(result.Accepted, string.Join("; ", result.Problems.Select(p => $"{p.Code} {p.Location}")));
}
