using GhgReports.Access;
using GhgReports.Plan;
using GhgReports.ReportingPack;
using GhgReports.Web;

namespace GhgReports.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly Caller OfficerYn = new("o", [Roles.Officer], ["YN"], []);
    private static readonly Caller Compliance = new("c", [Roles.Compliance], [], []);
    private static readonly Caller Verifier = new("v", [Roles.Verifier], ["CP"], [2023]);
    private static readonly Caller Management = new("m", [Roles.Management], [], []);

    [Fact]
    public void Officer_OnlyOwnSubsidiary()
    {
        Assert.True(AccessPolicy.CanUpload(OfficerYn, "YN"));
        Assert.False(AccessPolicy.CanUpload(OfficerYn, "CP"));
        Assert.True(AccessPolicy.CanReadSubmissions(OfficerYn, "YN"));
        Assert.False(AccessPolicy.CanReadSubmissions(OfficerYn, "CP"));
        Assert.False(AccessPolicy.CanReadPack(OfficerYn, "YN", 2023));
        Assert.False(AccessPolicy.CanReadPlans(OfficerYn));
    }

    [Fact]
    public void Verifier_OnlySharedSubsidiaryAndYear()
    {
        Assert.True(AccessPolicy.CanReadPack(Verifier, "CP", 2023));
        Assert.False(AccessPolicy.CanReadPack(Verifier, "CP", 2024));
        Assert.False(AccessPolicy.CanReadPack(Verifier, "YN", 2023));
        Assert.False(AccessPolicy.CanUpload(Verifier, "CP"));
        Assert.False(AccessPolicy.CanReadSubmissions(Verifier, "CP"));
    }

    [Fact]
    public void Compliance_EveryPack_NoUpload()
    {
        Assert.True(AccessPolicy.CanReadPack(Compliance, "GROUP", 2023));
        Assert.False(AccessPolicy.CanUpload(Compliance, "CP"));
    }

    [Fact]
    public void Management_PlansOnly()
    {
        Assert.True(AccessPolicy.CanReadPlans(Management));
        Assert.False(AccessPolicy.CanListPacks(Management));
        Assert.False(AccessPolicy.CanReadSubmissions(Management, "CP"));
    }

    [Theory]
    [InlineData("iso14064/2023/CP-2023-iso14064-pack.zip", "CP", 2023, 1)]
    [InlineData("iso14064/2023/GROUP-2023-iso14064-pack.zip", "GROUP", 2023, 1)]
    [InlineData("iso14064/2023/CP-2023-iso14064-pack-v2.zip", "CP", 2023, 2)]
    [InlineData("iso14064/2024/GROUP-2024-iso14064-pack-v12.zip", "GROUP", 2024, 12)]
    public void ParsePack_GeneratorNames(string name, string code, int year, int version) =>
        Assert.Equal((code, year, version), DownloadLinks.ParsePack(name));

    [Theory]
    [InlineData("iso14064/2023/cp-2023-iso14064-pack.zip")]
    [InlineData("iso14064/2023/CP-2024-iso14064-pack.zip")]
    [InlineData("iso14064/2023/x/CP-2023-iso14064-pack.zip")]
    [InlineData("plans/2023/ghg-reduction-plan-2023-zh.pdf")]
    [InlineData("iso14064/2023/CP-2023-iso14064-pack.versions.json")]
    [InlineData("iso14064/2023/CP-2023-iso14064-pack-v1.zip")]
    public void ParsePack_OtherNames_AreNotPacks(string name) => Assert.Null(DownloadLinks.ParsePack(name));

    [Fact]
    public void BlobNames_MatchTheGenerators()
    {
        Assert.Equal("iso14064/2023/CP-2023-iso14064-pack.zip", PackAssembler.BlobName("CP", 2023));
        Assert.Equal("plans/2023/ghg-reduction-plan-2023-en.pdf", PlanGenerator.BlobName(2023, GhgReports.Localization.Language.En));
    }

    [Fact]
    public void UploadBlobName_UnderTheSubsidiaryFolder()
    {
        var name = UploadLinks.BlobName("CP", new DateTimeOffset(2026, 3, 1, 8, 5, 9, TimeSpan.Zero), "0a1b2c");

        Assert.Equal("CP/CP-20260301080509-0a1b2c.xlsx", name);
    }

    [Fact]
    public void Page_CarriesBothLanguages_AndNoMarkerLeft()
    {
        var html = System.Text.Encoding.UTF8.GetString(WebPage.Html());

        const string open = "<script id=\"texts\" type=\"application/json\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var texts = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string[]>>(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]);

        Assert.DoesNotContain("__TEXTS__", html, StringComparison.Ordinal);
        Assert.Equal(["上传工作簿", "Upload a workbook"], texts!["upload"]);
        Assert.NotEmpty(WebPage.Script());
    }
}
