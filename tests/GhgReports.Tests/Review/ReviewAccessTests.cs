using System.Text.RegularExpressions;
using GhgReports.Access;
using GhgReports.Localization;
using GhgReports.Web;

namespace GhgReports.Tests.Review;

/// <summary>Who may review, query, answer and sign, and the page's review script with every wording it asks for.</summary>
public sealed partial class ReviewAccessTests
{
    private static readonly Caller Hq = new("h", [Roles.Hq], [], []);
    private static readonly Caller OfficerCp = new("o", [Roles.Officer], ["CP"], []);
    private static readonly Caller VerifierCp2024 = new("v", [Roles.Verifier], ["CP"], [2024]);
    private static readonly Caller Compliance = new("c", [Roles.Compliance], [], []);
    private static readonly Caller Management = new("m", [Roles.Management], [], []);

    [Fact]
    public void CanReview_HqOnly()
    {
        Assert.True(AccessPolicy.CanReview(Hq));
        Assert.All(new[] { OfficerCp, VerifierCp2024, Compliance, Management }, c => Assert.False(AccessPolicy.CanReview(c)));
    }

    [Fact]
    public void Verifier_QueriesAndSignsOnlyTheSharedSubsidiaryAndYear_AndReadsNoOther()
    {
        Assert.True(AccessPolicy.CanVerify(VerifierCp2024, "CP", 2024));
        Assert.False(AccessPolicy.CanVerify(VerifierCp2024, "CP", 2023));
        Assert.False(AccessPolicy.CanVerify(VerifierCp2024, "YN", 2024));
        Assert.False(AccessPolicy.CanReadVerification(VerifierCp2024, "YN", 2024));
        Assert.False(AccessPolicy.CanAnswerQueries(VerifierCp2024, "CP"));
        Assert.False(AccessPolicy.CanVerify(Hq, "CP", 2024));
    }

    [Fact]
    public void Officer_AnswersAndReadsTheirOwnOnly()
    {
        Assert.True(AccessPolicy.CanAnswerQueries(OfficerCp, "CP"));
        Assert.False(AccessPolicy.CanAnswerQueries(OfficerCp, "YN"));
        Assert.True(AccessPolicy.CanReadVerification(OfficerCp, "CP", 2024));
        Assert.False(AccessPolicy.CanReadVerification(OfficerCp, "YN", 2024));
        Assert.False(AccessPolicy.CanVerify(OfficerCp, "CP", 2024));
        Assert.True(AccessPolicy.CanReadVerification(Hq, "CP", 2024));
        Assert.False(AccessPolicy.CanReadVerification(Management, "CP", 2024));
    }

    [Fact]
    public void Script_CarriesReviewJs_AndEveryKeyItAsksForHasBothLanguages()
    {
        var script = System.Text.Encoding.UTF8.GetString(WebPage.Script());
        var html = System.Text.Encoding.UTF8.GetString(WebPage.Html());
        var texts = WebPage.Texts;
        var start = script.IndexOf("// The GHG web page: HQ's review", StringComparison.Ordinal);

        Assert.True(start > 0, "review.js is served after app.js and hq.js");
        var keys = TextKey().Matches(script[start..]).Select(m => m.Groups["key"].Value)
            .Concat(DataKey().Matches(html[html.IndexOf("<section id=\"review\"", StringComparison.Ordinal)..]).Select(m => m.Groups["key"].Value))
            // "status." + a status and the like are prefixes: their keys are listed below.
            .Where(key => !key.EndsWith('.')).Distinct().ToList();
        Assert.Contains("approve", keys);
        Assert.All(keys, key => Assert.True(texts.TryGetValue(key, out var text) && text.Zh.Length > 0 && text.En.Length > 0, key));
        // The statuses review adds are worded on the page too.
        Assert.All(new[] { "status.awaiting-review", "status.returned", "tracker.awaiting-review", "query.open", "query.answered", "query.closed",
            "level.reasonable", "level.limited" }, key => Assert.True(texts.ContainsKey(key), key));
    }

    /// <summary>The literal keys review.js asks for: t("key"), button("key", …) and sayKey("element", "key", …).</summary>
    [GeneratedRegex("(?:\\bt\\(|\\bbutton\\(|\\bsayKey\\(\"[^\"]+\", )\"(?<key>[A-Za-z][A-Za-z.-]*)\"")]
    private static partial Regex TextKey();

    [GeneratedRegex("data-t=\"(?<key>[^\"]+)\"")]
    private static partial Regex DataKey();
}
