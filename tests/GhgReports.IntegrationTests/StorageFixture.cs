using GhgReports.Cli.Local;
using GhgReports.Intake;
using GhgReports.Intake.Group;
using GhgReports.Intake.Samples;
using GhgReports.Intake.Template;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Reporting;
using GhgReports.Storage;
using GhgReports.Submissions;
using Microsoft.Extensions.Logging.Abstractions;

namespace GhgReports.IntegrationTests;

/// <summary>One Azurite for the whole collection; every test gets its own containers and tables in it.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public Azurite Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await Azurite.StartAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "azurite";
}

/// <summary>A fresh, isolated set of containers and tables, and the services over them.</summary>
public sealed class TestStorage
{
    public static IFactorCatalog Factors { get; } = FactorCatalog.LoadEmbedded();

    private TestStorage(GhgStorage storage) => Storage = storage;

    public GhgStorage Storage { get; }
    public CurrentPointers Pointers => new(Storage);
    public SubmissionStore Store => new(Storage, Pointers);
    public PeriodLocks Locks => new(Storage, Pointers, TimeProvider.System);

    public static async Task<TestStorage> CreateAsync(string connectionString, StorageNames? names = null)
    {
        var (blobs, tables, queues) = StorageClients.FromConnectionString(connectionString);
        var storage = new GhgStorage(blobs, tables, queues, names ?? StorageNames.Unique());
        await storage.EnsureCreatedAsync(CancellationToken.None);
        return new TestStorage(storage);
    }

    public static InventoryCalculator Calculator { get; } = new(Factors, GwpCatalog.LoadEmbedded());

    public static CalculationSettings Settings { get; } = new() { GwpSetId = "AR5", ResidualMix = new ResidualMixChoice.GridAverageProxy() };

    public SubmissionIntake Intake(IntakeOptions? options = null)
    {
        var pointers = Pointers;
        var store = new SubmissionStore(Storage, pointers);
        var inventories = new InventoryRecords(Storage);
        return new(Storage, store, pointers, inventories, new GhgReports.Review.AuditTrail(Storage), new GhgReports.Evidence.EvidenceStore(Storage),
            new YearDataReader(store, pointers, inventories, Calculator, Settings), Factors, Calculator, Settings, Curves, TimeProvider.System,
            NullLogger<SubmissionIntake>.Instance, options);
    }

    public static GhgReports.Pathways.PathwayCurveSet Curves { get; } = GhgReports.Pathways.PathwayCurveCatalog.LoadEmbedded().Get("seed-fitted");

    public static byte[] Workbook(SubsidiaryWorkbook data)
    {
        using var stream = new MemoryStream();
        SubsidiaryWorkbookWriter.Write(stream, [.. Factors.All.Select(f => f.Id)], data);
        return stream.ToArray();
    }

    public static byte[] GroupWorkbookBytes(GroupWorkbook data)
    {
        using var stream = new MemoryStream();
        GroupWorkbookWriter.Write(stream, [.. Factors.All.Select(f => f.Id)], data);
        return stream.ToArray();
    }

    public Task<IntakeResult> ProcessAsync(byte[] bytes, string blobName, DateTimeOffset? createdOn = null, IntakeOptions? options = null, string? reason = null) =>
        Intake(options).ProcessAsync(new MemoryStream(bytes), new UploadedBlob(blobName, createdOn ?? DateTimeOffset.UtcNow, "officer@example.com", Reason: reason),
            CancellationToken.None);

    public async Task<IntakeResult> UploadGroupAsync(GroupWorkbook? group = null) =>
        await ProcessAsync(GroupWorkbookBytes(group ?? SeedGroup.Workbook), "_group/group-2023.xlsx");

    public async Task<int> DetailRowCountAsync(string submissionId) => (await Store.RowsAsync(submissionId, CancellationToken.None)).Count;
}
