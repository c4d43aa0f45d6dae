using Azure.Data.Tables;
using GhgReports.Intake.Samples;
using GhgReports.Storage;

namespace GhgReports.Tests.Storage;

/// <summary>Azure's table rules, which Azurite does not enforce, kept by our own code.</summary>
public sealed class TableRulesTests
{
    private static TableEntity Entity(string partition, string row) => new(partition, row);

    [Fact]
    public void Plan_250EntitiesInOnePartition_ThreeBatchesOfAtMost100()
    {
        var entities = Enumerable.Range(0, 250).Select(i => Entity("p", TableKeys.Row(i)));

        var batches = TableBatchWriter.Plan(entities);

        Assert.Equal([100, 100, 50], batches.Select(b => b.Count));
    }

    [Fact]
    public void Plan_MixedPartitions_NeverShareABatch()
    {
        var entities = new[] { Entity("a", "1"), Entity("b", "1"), Entity("a", "2") };

        var batches = TableBatchWriter.Plan(entities);

        Assert.All(batches, b => Assert.Single(b.Select(e => e.PartitionKey).Distinct()));
        Assert.Equal(2, batches.Count);
    }

    [Theory]
    [InlineData("CP/2023")]
    [InlineData("a#b")]
    [InlineData("what?")]
    [InlineData("back\\slash")]
    [InlineData("tab\there")]
    [InlineData("")]
    public void Plan_InvalidKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => TableBatchWriter.Plan([Entity(key, "1")]));
        Assert.Throws<ArgumentException>(() => TableBatchWriter.Plan([Entity("p", key)]));
    }

    [Fact]
    public void Plan_DuplicateRowKey_Throws() =>
        Assert.Throws<ArgumentException>(() => TableBatchWriter.Plan([Entity("p", "1"), Entity("p", "1")]));

    [Fact]
    public void SubmissionRows_LargeSheet_SpreadsOverPartitionsOfItsOwn()
    {
        var sample = SeedSamples.ByCode("CP");
        var line = sample.Sources[0];
        var many = sample with { Sources = [.. Enumerable.Range(0, 2_500).Select(i => line with { Row = i + 3, LineNumber = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })] };

        var rows = SubmissionRows.From("abc123", many);

        var sourcePartitions = rows.Where(r => r.Kind == RowKinds.Source).GroupBy(r => r.PartitionKey).ToList();
        Assert.Equal(3, sourcePartitions.Count);
        Assert.All(rows, r => Assert.StartsWith("abc123-", r.PartitionKey, StringComparison.Ordinal));
        Assert.All(sourcePartitions, p => Assert.True(p.Count() <= SubmissionRows.RowsPerPartition));
    }

    [Fact]
    public void SubmissionRows_RoundTrip_KeepsEveryFigureExactly()
    {
        var sample = SeedSamples.ByCode("YN");

        var back = SubmissionRows.ToSubsidiaryWorkbook(SubmissionRows.From("id", sample));

        Assert.Equal(sample.Entity, back.Entity with { Significance = sample.Entity.Significance, DeclaredTotals = sample.Entity.DeclaredTotals });
        Assert.Equal(sample.Entity.DeclaredTotals, back.Entity.DeclaredTotals);
        Assert.Equal(sample.Sources, back.Sources);
        Assert.Equal(sample.DeclaredPathway, back.DeclaredPathway);
        Assert.Equal(sample.Measures, back.Measures);
    }

    [Fact]
    public void IsNewer_SameInstant_FallsBackToTheName()
    {
        var at = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.True(CurrentPointers.IsNewer(at, "b.xlsx", at, "a.xlsx"));
        Assert.False(CurrentPointers.IsNewer(at, "a.xlsx", at, "b.xlsx"));
        Assert.True(CurrentPointers.IsNewer(at.AddSeconds(1), "a.xlsx", at, "z.xlsx"));
    }

    [Fact]
    public void From_GroupWorkbook_RoundTripsCriteriaReasonsAndControlAndReadsAnEarlierStoredOneWithout()
    {
        var sample = GhgReports.Intake.Samples.SeedGroup.Workbook;
        var rows = SubmissionRows.From("g1", sample);

        var back = SubmissionRows.ToGroupWorkbook(rows);
        var earlier = SubmissionRows.ToGroupWorkbook([.. rows.Where(r => r.Kind != RowKinds.Significance)]);

        Assert.Equal(sample.SignificanceCriteria, back.SignificanceCriteria);
        Assert.Equal(sample.ExclusionJustifications.OrderBy(kv => kv.Key), back.ExclusionJustifications.OrderBy(kv => kv.Key));
        Assert.All(back.Register, r => Assert.True(r.Controlled));
        Assert.Null(earlier.SignificanceCriteria);
        Assert.Empty(earlier.ExclusionJustifications);
    }

    [Fact]
    public void Plan_RowsOfLongText_CloseTheBatchBefore4MiB_CountingTheQuotesTheTransactionEscapes()
    {
        // Rows of 30,000 quote characters: 60,000 bytes each once escaped, plus 1 KiB of overhead and the sheet's name,
        // 61,025 bytes: 67 fit in 4 MiB less 64 KiB (4,088,675 bytes), so 60 share one batch and 100 need two.
        static DetailRowEntity Row(int i) => new()
        {
            PartitionKey = "s-measure-000", RowKey = i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), Sheet = "m", Data = new string('"', 30_000),
        };

        Assert.Equal(61_025, TableBatchWriter.EstimatedBytes(Row(0)));
        Assert.Single(TableBatchWriter.Plan(Enumerable.Range(0, 60).Select(Row)));
        var batches = TableBatchWriter.Plan(Enumerable.Range(0, 100).Select(Row));
        Assert.Equal([67, 33], batches.Select(b => b.Count));
        Assert.All(batches, b => Assert.True(b.Sum(TableBatchWriter.EstimatedBytes) <= TableBatchWriter.MaxBatchBytes));
    }
}
