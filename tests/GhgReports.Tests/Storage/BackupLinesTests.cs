using Azure.Data.Tables;
using GhgReports.Storage;
using GhgReports.Storage.Backups;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhgReports.Tests.Storage;

public sealed class BackupLinesTests
{
    [Fact]
    public void WriteThenRead_EveryTableStorageType_ComesBackWithItsTypeAndValue()
    {
        var entity = new TableEntity("CP", "2024")
        {
            ["Text"] = "内蒙轻量化 \"LW\"\n",
            ["Flag"] = false,
            ["Small"] = -7,
            // Past 2^53: a JSON number would lose the last digits, hence a string.
            ["Big"] = 9_007_199_254_740_993L,
            ["Whole"] = 3.0,
            ["Fraction"] = 0.1,
            ["At"] = new DateTimeOffset(2024, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(8)),
            ["Id"] = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
            ["Bytes"] = new byte[] { 0, 255, 16 },
        };

        var back = BackupLines.Read(System.Text.Encoding.UTF8.GetString(BackupLines.Write(entity)).TrimEnd('\n'));

        Assert.Equal(("CP", "2024"), (back.PartitionKey, back.RowKey));
        Assert.Equal("内蒙轻量化 \"LW\"\n", Assert.IsType<string>(back["Text"]));
        Assert.False(Assert.IsType<bool>(back["Flag"]));
        Assert.Equal(-7, Assert.IsType<int>(back["Small"]));
        Assert.Equal(9_007_199_254_740_993L, Assert.IsType<long>(back["Big"]));
        Assert.Equal(3.0, Assert.IsType<double>(back["Whole"]));
        Assert.Equal(0.1, Assert.IsType<double>(back["Fraction"]));
        // The same instant, in UTC as the Table service keeps it.
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 15, 59, 59, 999, TimeSpan.Zero), Assert.IsType<DateTimeOffset>(back["At"]));
        Assert.Equal(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), Assert.IsType<Guid>(back["Id"]));
        Assert.Equal(new byte[] { 0, 255, 16 }, Assert.IsType<byte[]>(back["Bytes"]));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void WriteThenRead_DoublesJsonCannotHold_SurviveAsDoubles(double value)
    {
        var line = System.Text.Encoding.UTF8.GetString(BackupLines.Write(new TableEntity("p", "r") { ["V"] = value }));

        Assert.Equal(value, Assert.IsType<double>(BackupLines.Read(line)["V"]));
    }

    [Fact]
    public void Write_IsOneLine_WithoutServiceProperties()
    {
        var entity = new TableEntity("p", "r") { ["A"] = "x" };
        entity.ETag = new Azure.ETag("W/\"datetime'2024-01-01'\"");

        var line = System.Text.Encoding.UTF8.GetString(BackupLines.Write(entity));

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Equal(1, line.Count(c => c == '\n'));
        Assert.DoesNotContain("odata", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownType_IsRefused()
    {
        var error = Assert.Throws<FormatException>(() =>
            BackupLines.Read("""{"PartitionKey":"p","RowKey":"r","Properties":{"V":{"Type":"Edm.Decimal","Value":"1"}}}"""));

        Assert.Contains("Edm.Decimal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadManifest_AnExportFolderInAnotherFormat_IsRefusedBeforeAnyTableIsTouched()
    {
        var folder = Directory.CreateTempSubdirectory("ghg-export-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, BackupManifest.FileName),
                """{"Id":"x","Format":"ghg-table-export/9","TablePrefix":"Ghg","StartedAt":"2024-01-01T00:00:00Z","CompletedAt":"2024-01-01T00:00:01Z","Tables":[]}""");
            // Never called: the manifest is refused first (the address is unreachable on purpose).
            var restore = new TableRestore(new TableServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1?sv=2024-01-01&sig=unused")), new StorageNames(), NullLogger<TableRestore>.Instance);

            var error = await Assert.ThrowsAsync<FormatException>(() => restore.RestoreAsync(new BackupSource.InFolder(folder.FullName), overwrite: false, default));

            Assert.Contains("ghg-table-export/9", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
