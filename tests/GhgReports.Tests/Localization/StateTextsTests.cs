using GhgReports.Localization;
using GhgReports.Reporting.Runs;
using GhgReports.Storage;

namespace GhgReports.Tests.Localization;

/// <summary>
/// Every state a reader is shown has its words in both languages: the tests walk each enum, so a member added without
/// words fails here rather than in front of an officer.
/// </summary>
public sealed class StateTextsTests
{
    public static TheoryData<SubmissionStatus> SubmissionStatuses => [.. Enum.GetValues<SubmissionStatus>()];
    public static TheoryData<RunKind> RunKinds => [.. Enum.GetValues<RunKind>()];
    public static TheoryData<RunStatus> RunStatuses => [.. Enum.GetValues<RunStatus>()];

    [Theory]
    [MemberData(nameof(SubmissionStatuses))]
    public void Of_EverySubmissionStatus_HasChineseAndEnglishWords(SubmissionStatus status) => AssertWorded(StateTexts.Of(status));

    [Theory]
    [MemberData(nameof(RunKinds))]
    public void Of_EveryRunKind_HasChineseAndEnglishWords(RunKind kind) => AssertWorded(StateTexts.Of(kind));

    [Theory]
    [MemberData(nameof(RunStatuses))]
    public void Of_EveryRunStatus_HasChineseAndEnglishWords(RunStatus status) => AssertWorded(StateTexts.Of(status));

    [Fact]
    public void Of_EachEnum_GivesEachMemberItsOwnWords()
    {
        Assert.Distinct(Enum.GetValues<SubmissionStatus>().Select(StateTexts.Of));
        Assert.Distinct(Enum.GetValues<RunKind>().Select(StateTexts.Of));
        Assert.Distinct(Enum.GetValues<RunStatus>().Select(StateTexts.Of));
    }

    /// <summary>The page shows a submission's status under the key of its stored word, with the same words `ghg status` prints.</summary>
    [Theory]
    [MemberData(nameof(SubmissionStatuses))]
    public void WebPage_StatusKeyOfEverySubmissionStatus_IsTheSameWords(SubmissionStatus status)
    {
        var page = WebTexts.All.Concat(WebTexts.Review).ToDictionary(t => t.Key, t => t.Value);

        Assert.Equal(StateTexts.Of(status), page["status." + StoredName.Of(status)]);
    }

    [Fact]
    public void Of_AValueNoMemberHas_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StateTexts.Of((SubmissionStatus)999));

    private static void AssertWorded(Bilingual words)
    {
        Assert.Contains(words.Zh, c => c is >= '\u4e00' and <= '\u9fff');
        Assert.Matches("^[A-Z][A-Za-z0-9 '\\-]+$", words.En);
    }
}
