using System.Net;
using ClosedXML.Excel;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.IntegrationTests;

/// <summary>
/// The page's pre-filled template (GET /api/template/{code}/{year}) on the local runner against Azurite: an officer gets
/// their own subsidiary's, with the code, the year and the register's name in the Entity sheet, and nobody else's.
/// </summary>
public sealed class WebTemplateTests(AzuriteFixture fixture) : WebRouteTest(fixture, "webtpl")
{
    protected override Task SeedAsync() => Storage.UploadGroupAsync();

    private static IXLCell EntityValue(XLWorkbook workbook, string key) =>
        workbook.Worksheet(S.Entity.TemplateName).Cell(S.Entity.Fields.ToList().FindIndex(f => f.Key == key) + 2, 3);

    [Fact]
    public async Task Officer_OwnSubsidiary2024_GetsTheTemplateWithCodeYearAndRegisteredName()
    {
        var response = await GetAsync("/api/template/CP/2024", OfficerCp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ghg-template-CP-2024.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal("CP", EntityValue(workbook, "subsidiary_code").GetString());
        Assert.Equal(2024, EntityValue(workbook, "reporting_year").GetValue<int>());
        Assert.Equal("山东创新精密科技有限公司", EntityValue(workbook, "subsidiary_name").GetString());
    }

    [Fact]
    public async Task Officer_AnotherSubsidiary_Gets403_AndNoWorkbook()
    {
        var response = await GetAsync("/api/template/YN/2024", OfficerCp);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/template/cp/2024", HttpStatusCode.BadRequest)]
    [InlineData("/api/template/CP/1899", HttpStatusCode.BadRequest)]
    public async Task Officer_BadCodeOrYear_Gets400(string path, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await GetAsync(path, OfficerCp)).StatusCode);
    }

    [Fact]
    public async Task OtherRoles_HqMayHandItOn_ComplianceMayNot_NobodySignedInGets401()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/template/NM/2024", Hq)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("/api/template/NM/2024", Compliance)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/template/NM/2024", null)).StatusCode);
    }
}
