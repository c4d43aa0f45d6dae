using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GhgReports.Intake.Group;
using GhgReports.Intake.Workbook;
using GhgReports.Submissions;

namespace GhgReports.Storage;

/// <summary>
/// Turns a workbook into detail rows under partitions of the submission's own, and back. Partition keys are
/// "{submission}-{kind}-{chunk}": large sheets spread over several partitions (Azure allows about 2,000 entities/s
/// per partition) so their batches can be written in parallel, and one submission's rows never share a partition
/// with another's. Row keys are the sheet rows, zero-padded: every stored figure keeps its sheet and row.
/// </summary>
public static class SubmissionRows
{
    /// <summary>Rows per partition: half a second of a partition's throughput, and 10 batches.</summary>
    public const int RowsPerPartition = 1_000;

    public static string PartitionPrefix(string submissionId) => submissionId + "-";

    /// <param name="includeSources">False when the source lines were already stored as they were read (see <see cref="SourceRow"/>).</param>
    public static IReadOnlyList<DetailRowEntity> From(string submissionId, SubsidiaryWorkbook workbook, bool includeSources = true)
    {
        var rows = new List<DetailRowEntity>();
        var json = StorageJsonContext.Readable;
        Add(rows, submissionId, RowKinds.Entity, SubsidiaryWorkbookSchema.Entity.TemplateName, [(0, workbook.Entity)], json.EntityDeclaration);
        Add(rows, submissionId, RowKinds.Goals, SubsidiaryWorkbookSchema.Goals.TemplateName, [(0, workbook.Goals)], json.GoalsStatement);
        if (includeSources)
        {
            Add(rows, submissionId, RowKinds.Source, SubsidiaryWorkbookSchema.Sources.TemplateName, workbook.Sources.Select(s => (s.Row, s)), json.EmissionSourceLine);
        }
        Add(rows, submissionId, RowKinds.Energy, SubsidiaryWorkbookSchema.EnergyAndProduction.TemplateName, workbook.EnergyAndProduction.Select(e => (e.Row, e)), json.EnergyProductionRecord);
        Add(rows, submissionId, RowKinds.Target, SubsidiaryWorkbookSchema.Targets.TemplateName, workbook.Targets.Select(t => (t.Row, t)), json.TargetDeclaration);
        Add(rows, submissionId, RowKinds.Pathway, SubsidiaryWorkbookSchema.Pathway.TemplateName, workbook.DeclaredPathway.Select(p => (p.Row, p)), json.DeclaredPathwayPoint);
        Add(rows, submissionId, RowKinds.Measure, SubsidiaryWorkbookSchema.Measures.TemplateName, workbook.Measures.Select(m => (m.Row, m)), json.ReductionMeasure);
        return rows;
    }

    public static IReadOnlyList<DetailRowEntity> From(string submissionId, GroupWorkbook workbook)
    {
        var rows = new List<DetailRowEntity>();
        var json = StorageJsonContext.Readable;
        Add(rows, submissionId, RowKinds.Group, GroupWorkbookSchema.Group.TemplateName, [(0, workbook.Group)], json.GroupInfo);
        Add(rows, submissionId, RowKinds.Narrative, GroupWorkbookSchema.Narrative.TemplateName, [(0, workbook.Narrative)], json.PlanNarrative);
        if (workbook.SignificanceCriteria is not null || workbook.ExclusionJustifications.Count > 0)
        {
            Add(rows, submissionId, RowKinds.Significance, GroupWorkbookSchema.Group.TemplateName,
                [(0, new GroupSignificance(workbook.SignificanceCriteria, workbook.ExclusionJustifications))], json.GroupSignificance);
        }
        Add(rows, submissionId, RowKinds.Register, GroupWorkbookSchema.Register.TemplateName, workbook.Register.Select(r => (r.Row, r)), json.RegisteredSubsidiary);
        Add(rows, submissionId, RowKinds.Target, GroupWorkbookSchema.Targets.TemplateName, workbook.Targets.Select(t => (t.Row, t)), json.TargetDeclaration);
        if (workbook.Economics != GroupEconomics.NotStated)
        {
            Add(rows, submissionId, RowKinds.Economics, GroupWorkbookSchema.EnergyPrices.TemplateName, [(0, workbook.Economics)], json.GroupEconomics);
        }
        if (workbook.Recalculation != GroupRecalculationPolicy.NotStated)
        {
            Add(rows, submissionId, RowKinds.RecalculationPolicy, GroupWorkbookSchema.RecalculationReasons.TemplateName, [(0, workbook.Recalculation)],
                json.GroupRecalculationPolicy);
        }
        if (workbook.Deadline is { } deadline)
        {
            Add(rows, submissionId, RowKinds.Deadline, GroupWorkbookSchema.Group.TemplateName, [(0, deadline)], json.SubmissionDeadline);
        }
        if (workbook.ReviewRequired)
        {
            Add(rows, submissionId, RowKinds.Review, GroupWorkbookSchema.Group.TemplateName, [(0, new GroupReviewSetting(true))], json.GroupReviewSetting);
        }
        return rows;
    }

    public static SubsidiaryWorkbook ToSubsidiaryWorkbook(IReadOnlyList<DetailRowEntity> rows)
    {
        var json = StorageJsonContext.Readable;
        return new SubsidiaryWorkbook
        {
            Entity = Single(rows, RowKinds.Entity, json.EntityDeclaration),
            Goals = Single(rows, RowKinds.Goals, json.GoalsStatement),
            Sources = Many(rows, RowKinds.Source, json.EmissionSourceLine),
            EnergyAndProduction = Many(rows, RowKinds.Energy, json.EnergyProductionRecord),
            Targets = Many(rows, RowKinds.Target, json.TargetDeclaration),
            DeclaredPathway = Many(rows, RowKinds.Pathway, json.DeclaredPathwayPoint),
            Measures = Many(rows, RowKinds.Measure, json.ReductionMeasure),
        };
    }

    public static GroupWorkbook ToGroupWorkbook(IReadOnlyList<DetailRowEntity> rows)
    {
        var json = StorageJsonContext.Readable;
        // Group workbooks stored before the significance row existed have none: criteria and reasons not stated.
        var significance = rows.Any(r => r.Kind == RowKinds.Significance) ? Single(rows, RowKinds.Significance, json.GroupSignificance) : null;
        var recalculation = rows.Any(r => r.Kind == RowKinds.RecalculationPolicy)
            ? Single(rows, RowKinds.RecalculationPolicy, json.GroupRecalculationPolicy)
            : GroupRecalculationPolicy.NotStated;
        var economics = rows.Any(r => r.Kind == RowKinds.Economics)
            ? Single(rows, RowKinds.Economics, json.GroupEconomics)
            : GroupEconomics.NotStated;
        // Likewise the deadline: a group workbook stored before it existed states none.
        var deadline = rows.Any(r => r.Kind == RowKinds.Deadline) ? Single(rows, RowKinds.Deadline, json.SubmissionDeadline) : null;
        // Review is off unless the stored workbook says otherwise (rows stored before the setting existed say nothing).
        var review = rows.Any(r => r.Kind == RowKinds.Review) && Single(rows, RowKinds.Review, json.GroupReviewSetting).Required;
        return new GroupWorkbook
        {
            Group = Single(rows, RowKinds.Group, json.GroupInfo),
            Narrative = Single(rows, RowKinds.Narrative, json.PlanNarrative),
            Register = Many(rows, RowKinds.Register, json.RegisteredSubsidiary),
            Targets = Many(rows, RowKinds.Target, json.TargetDeclaration),
            SignificanceCriteria = significance?.Criteria,
            ExclusionJustifications = significance?.ExclusionJustifications ?? new Dictionary<int, string>(),
            Recalculation = recalculation,
            Economics = economics,
            Deadline = deadline,
            ReviewRequired = review,
        };
    }

    /// <summary>The partition of the <paramref name="index"/>-th source line, without making its row.</summary>
    public static string SourcePartition(string submissionId, int index) => Partition(submissionId, RowKinds.Source, index);

    /// <summary>The stored row of the <paramref name="index"/>-th source line: the same entity <see cref="From"/> writes.</summary>
    public static DetailRowEntity SourceRow(string submissionId, int index, EmissionSourceLine line) =>
        Row(submissionId, RowKinds.Source, SubsidiaryWorkbookSchema.Sources.TemplateName, index, line.Row, line, StorageJsonContext.Readable.EmissionSourceLine);

    /// <summary>Partition prefix of one kind of a submission's rows, for a range query or a clean-up.</summary>
    public static string KindPrefix(string submissionId, string kind) => $"{submissionId}-{kind}-";

    private static void Add<T>(List<DetailRowEntity> rows, string submissionId, string kind, string sheet, IEnumerable<(int Row, T Value)> items, JsonTypeInfo<T> type)
    {
        var index = 0;
        foreach (var (row, value) in items)
        {
            rows.Add(Row(submissionId, kind, sheet, index++, row, value, type));
        }
    }

    private static string Partition(string submissionId, string kind, int index) => $"{KindPrefix(submissionId, kind)}{index / RowsPerPartition:D3}";

    private static DetailRowEntity Row<T>(string submissionId, string kind, string sheet, int index, int row, T value, JsonTypeInfo<T> type) => new()
    {
        PartitionKey = Partition(submissionId, kind, index),
        RowKey = TableKeys.Row(row),
        Kind = kind,
        SubmissionId = submissionId,
        Sheet = sheet,
        Row = row,
        Data = JsonSerializer.Serialize(value, type),
    };

    private static T Single<T>(IReadOnlyList<DetailRowEntity> rows, string kind, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(rows.Single(r => r.Kind == kind).Data, type)
        ?? throw new InvalidDataException($"Stored row of kind '{kind}' is empty.");

    private static IReadOnlyList<T> Many<T>(IReadOnlyList<DetailRowEntity> rows, string kind, JsonTypeInfo<T> type) =>
        [.. rows.Where(r => r.Kind == kind).OrderBy(r => r.Row)
            .Select(r => JsonSerializer.Deserialize(r.Data, type) ?? throw new InvalidDataException($"Stored row {r.PartitionKey}/{r.RowKey} is empty."))];
}

/// <summary>The kinds of detail rows, part of every partition key.</summary>
internal static class RowKinds
{
    public const string Entity = "entity";
    public const string Goals = "goals";
    public const string Source = "source";
    public const string Energy = "energy";
    public const string Target = "target";
    public const string Pathway = "pathway";
    public const string Measure = "measure";
    public const string Group = "group";
    public const string Narrative = "narrative";
    public const string Register = "register";
    public const string Significance = "significance";
    public const string RecalculationPolicy = "recalculation";
    public const string Economics = "economics";
    public const string Deadline = "deadline";
    public const string Review = "review";
}
