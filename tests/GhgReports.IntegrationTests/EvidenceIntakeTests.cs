using GhgReports.Evidence;
using GhgReports.Intake;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.IntegrationTests;

/// <summary>Intake reads the evidence column against the files stored in evidence/&lt;code&gt;/&lt;year&gt;/.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class EvidenceIntakeTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Intake_2024WorkbookCitingAFileNotYetAttached_IsAcceptedWithAWarningAtTheCell()
    {
        var names = StorageNames.Unique();
        var t = await TestStorage.CreateAsync(fixture.Azurite.ConnectionString, names);
        await t.UploadGroupAsync();
        var cp = LaterYearSamples.For(2024).Single(w => w.Entity.SubsidiaryCode == "CP");
        var reported = cp.Sources.Where(s => s.IsReportedDirectly).ToList();
        var cited = cp with
        {
            Sources = [.. cp.Sources.Select(s =>
                s == reported[0] ? s with { Evidence = "VS-2024-017.pdf" }
                : s == reported[1] ? s with { Evidence = "供应商声明 supplier-2024.pdf" }
                : s)],
        };
        // One of the two is attached before the workbook; the other is not, and the 2023 folder does not count.
        var store = new EvidenceStore(t.Storage);
        Assert.NotNull((await store.UploadAsync("CP", 2024, "VS-2024-017.pdf", new MemoryStream(EvidenceStoreTests.Pdf()), "officer", default)).Stored);
        Assert.NotNull((await store.UploadAsync("CP", 2023, "supplier-2024.pdf", new MemoryStream(EvidenceStoreTests.Pdf()), "officer", default)).Stored);

        var result = await t.ProcessAsync(TestStorage.Workbook(cited), "CP/CP-2024.xlsx");

        Assert.Equal(SubmissionStatus.Accepted, result.Status);
        var warning = Assert.Single(result.Check.Problems, p => p.Code == "evidence-file-missing");
        Assert.Equal("warning", warning.Severity);
        Assert.Equal("supplier-2024.pdf", warning.MessageEn.Split('\'')[1]);
        Assert.Contains($"{names.Evidence}/CP/2024/", warning.MessageZh);
        Assert.Equal("供应商声明 supplier-2024.pdf", warning.ValueSeen);
        Assert.NotNull(warning.Row);
        Assert.Equal($"{warning.Column}{warning.Row}", warning.Cell);
        Assert.StartsWith("排放源", warning.Sheet);
    }
}
