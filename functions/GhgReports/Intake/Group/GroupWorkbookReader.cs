using GhgReports.Intake.Reading;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Submissions;
using G = GhgReports.Intake.Group.GroupWorkbookSchema;

namespace GhgReports.Intake.Group;

/// <summary>The verdict on a group workbook.</summary>
public sealed record GroupCheckResult(GroupWorkbook? Workbook, IReadOnlyList<Problem> Problems)
{
    public bool Accepted => Workbook is not null && !Problems.Any(p => p.IsError);
}

/// <summary>Reads and checks the group workbook with the same pre-flight, scanner and field rules as subsidiary workbooks.</summary>
public sealed partial class GroupWorkbookReader(IFactorCatalog factors, ReadLimits? limits = null)
{
    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;

    public GroupCheckResult Check(Stream stream, CancellationToken cancellationToken = default)
    {
        var preflight = WorkbookPreflight.Check(stream, _limits);
        if (preflight.Count > 0)
        {
            return new(null, preflight);
        }
        var problems = new List<Problem>();
        GroupInfo? group = null;
        PlanNarrative? narrative = null;
        Bilingual? criteria = null;
        var justifications = new Dictionary<int, string>();
        var register = new List<RegisteredSubsidiary>();
        var targets = new List<TargetDeclaration>();
        var reasons = new List<DeclaredRecalculationReason>();
        decimal? threshold = null;
        decimal? discountRate = null;
        var prices = new List<EnergyPrice>();
        SubmissionDeadline? deadline = null;
        var reviewRequired = false;
        var scanner = new SheetScanner(_limits, problems);
        var readable = scanner.Scan(stream, G.DataSheets,
            (spec, f) =>
            {
                if (spec == G.Group)
                {
                    group = ReadGroup(f);
                    (criteria, justifications) = ReadSignificance(f);
                    threshold = ReadThreshold(f);
                    discountRate = f.Number(G.Group.Field("discount_rate_pct"));
                    deadline = ReadDeadline(f);
                    reviewRequired = f.Choice(G.Group.Field("review_required"))?.Key == "yes";
                }
                else if (spec == G.Narrative)
                {
                    narrative = ReadNarrative(f);
                }
            },
            (spec, f, row) =>
            {
                if (spec == G.Register && ReadSubsidiary(f, row) is { } subsidiary && !f.HasNewErrors)
                {
                    register.Add(subsidiary);
                }
                else if (spec == G.Targets && SubsidiaryWorkbookReader.ReadTarget(f, row, G.Targets) is { } target && !f.HasNewErrors)
                {
                    targets.Add(target);
                }
                else if (spec == G.RecalculationReasons && ReadReason(f, row) is { } reason && !f.HasNewErrors)
                {
                    reasons.Add(reason);
                }
                else if (spec == G.EnergyPrices && ReadPrice(f, row) is { } price && !f.HasNewErrors)
                {
                    prices.Add(price);
                }
            },
            cancellationToken);
        if (!readable)
        {
            return new(null, problems);
        }
        foreach (var spec in G.DataSheets.Where(s => !G.OptionalSheets.Contains(s) && !scanner.FoundSheets.Contains(s.Key)))
        {
            problems.Add(Problems.SheetMissing.Create(spec.TemplateName, spec.Name.En));
        }
        ValidateRegister(register, problems);
        if (group is not null)
        {
            WarnSharesNotApplied(group.ConsolidationApproach, register, problems);
        }
        if (group is null || narrative is null || problems.Any(p => p.IsError))
        {
            return new(null, problems);
        }
        return new(new GroupWorkbook
        {
            Group = group, Register = register, Targets = targets, Narrative = narrative,
            SignificanceCriteria = criteria, ExclusionJustifications = justifications,
            Recalculation = new GroupRecalculationPolicy(threshold, reasons),
            Economics = new GroupEconomics(discountRate, prices),
            Deadline = deadline,
            ReviewRequired = reviewRequired,
        }, problems);
    }

    private static EnergyPrice? ReadPrice(FieldReader f, int row)
    {
        var p = G.EnergyPrices;
        var energy = f.Choice(p.Field("energy"));
        var price = f.Number(p.Field("price_cny"));
        var source = f.Text(p.Field("source"));
        return energy is null || price is null ? null : new EnergyPrice(row, energy.Key, price.Value, source);
    }

    private static decimal? ReadThreshold(FieldReader f)
    {
        var field = G.Group.Field("recalculation_threshold_pct");
        var threshold = f.Number(field);
        if (threshold is <= 0 or > 100)
        {
            f.Report(Problems.ThresholdRange.At(f.AddressOf(field), threshold.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new("0–100 %", "0–100 %"), threshold.Value));
            return null;
        }
        return threshold;
    }

    /// <summary>A month and day as HQ types it, or the date Excel made of it; anything else is an error at the cell.</summary>
    private static SubmissionDeadline? ReadDeadline(FieldReader f)
    {
        var field = G.Group.Field("submission_deadline");
        if (f.IsBlank(field))
        {
            return null;
        }
        if (f.Raw(field) is DateTime typed)
        {
            return SubmissionDeadline.FromDate(DateOnly.FromDateTime(typed));
        }
        var text = f.Text(field);
        if (SubmissionDeadline.Parse(text) is { } deadline)
        {
            return deadline;
        }
        f.Report(Problems.DeadlineFormat.At(f.AddressOf(field), text, new("月-日，如 03-31", "month-day, e.g. 03-31"), text ?? ""));
        return null;
    }

    private DeclaredRecalculationReason? ReadReason(FieldReader f, int row)
    {
        var r = G.RecalculationReasons;
        var code = f.Text(r.Field("code"))?.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant();
        var year = f.Year(r.Field("base_year"));
        var reason = f.Text(r.Field("reason"));
        if (PlaceholderText.IsPlaceholder(reason))
        {
            f.Report(Problems.PlaceholderText.At(f.AddressOf(r.Field("reason")), reason, null, r.Field("reason").Label.Zh, r.Field("reason").Label.En));
            return null;
        }
        return code is null || year is null || reason is null ? null : new DeclaredRecalculationReason(row, code, year.Value, reason);
    }

    /// <summary>The criteria and the group's exclusion justifications; a placeholder in place of either is an error.</summary>
    private static (Bilingual? Criteria, Dictionary<int, string> Justifications) ReadSignificance(FieldReader f)
    {
        string? Stated(string key)
        {
            var field = G.Group.Field(key);
            var text = f.Text(field);
            if (PlaceholderText.IsPlaceholder(text))
            {
                f.Report(Problems.PlaceholderText.At(f.AddressOf(field), text, null, field.Label.Zh, field.Label.En));
                return null;
            }
            return text;
        }
        var zh = Stated("significance_criteria_zh");
        var en = Stated("significance_criteria_en");
        var justifications = new Dictionary<int, string>();
        foreach (var category in new[] { 5, 6 })
        {
            if (Stated($"category{category}_justification") is { } text)
            {
                justifications[category] = text;
            }
        }
        return (zh is null && en is null ? null : new Bilingual(zh ?? en!, en ?? zh!), justifications);
    }

    private static GroupInfo? ReadGroup(FieldReader f)
    {
        var name = f.Text(G.Group.Field("group_name"));
        var nameEn = f.Text(G.Group.Field("group_name_en"));
        var approach = f.Choice(G.Group.Field("consolidation_approach"));
        var person = f.Text(G.Group.Field("responsible_person"));
        var contact = f.Text(G.Group.Field("contact"));
        return name is null || approach is null || person is null ? null : new GroupInfo(name, nameEn, approach.Key, person, contact);
    }

    private static PlanNarrative? ReadNarrative(FieldReader f)
    {
        Bilingual? Pair(string key)
        {
            var zh = f.Text(G.Narrative.Field($"{key}_zh"));
            var en = f.Text(G.Narrative.Field($"{key}_en"));
            return zh is null ? null : new Bilingual(zh, en ?? "");
        }
        var introduction = Pair("introduction");
        var policy = Pair("policy");
        var safeguards = Pair("safeguards");
        var outlook = Pair("outlook");
        return introduction is null || policy is null || safeguards is null || outlook is null
            ? null
            : new PlanNarrative(introduction, policy, safeguards, outlook);
    }

    private RegisteredSubsidiary? ReadSubsidiary(FieldReader f, int row)
    {
        var r = G.Register;
        var code = f.Text(r.Field("code"))?.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant();
        var nameZh = f.Text(r.Field("name_zh"));
        var nameEn = f.Text(r.Field("name_en"));
        var shortName = f.Text(r.Field("short_name"));
        var province = f.Text(r.Field("province"));
        var grid = f.Text(r.Field("grid_factor"));
        var stage = f.Choice(r.Field("stage"));
        var share = f.Number(r.Field("share_pct"));
        var active = f.Choice(r.Field("active"));
        var controlled = f.Choice(r.Field("controlled"));
        if (code is not null && !SubsidiaryCode.IsValid(code))
        {
            f.Report(Problems.InvalidCode.At(f.AddressOf(r.Field("code")), code, null, code));
        }
        if (share is not null && share > 100)
        {
            f.Report(Problems.ShareRange.At(f.AddressOf(r.Field("share_pct")), share.ToString(), new("0–100", "0–100"), share));
        }
        if (grid is not null && !factors.TryGet(grid, out _))
        {
            f.Report(Problems.UnknownFactor.At(f.AddressOf(r.Field("grid_factor")), grid, null, grid));
        }
        if (code is null || nameZh is null || province is null || stage is null || share is null)
        {
            return null;
        }
        return new RegisteredSubsidiary
        {
            Row = row,
            Code = code,
            NameZh = nameZh,
            NameEn = nameEn,
            ShortName = shortName,
            Province = province,
            GridFactorId = grid,
            ProductionStage = stage.Key,
            SharePercent = share.Value,
            Controlled = controlled is null ? null : controlled.Key == "yes",
            Active = active?.Key != "no",
        };
    }

    /// <summary>A share the approach will not apply is said at intake, where HQ can still correct it.</summary>
    private static void WarnSharesNotApplied(string approach, List<RegisteredSubsidiary> register, List<Problem> problems)
    {
        foreach (var subsidiary in register.Where(s => s.Active))
        {
            if (subsidiary.WeightUnder(approach).Warning is { } warning)
            {
                problems.Add(Problems.ShareNotApplied.AtRow(G.Register.TemplateName, subsidiary.Row, warning));
            }
        }
    }

    private static void ValidateRegister(List<RegisteredSubsidiary> register, List<Problem> problems)
    {
        var sheet = G.Register.TemplateName;
        if (register.Count == 0 && !problems.Any(p => p.IsError))
        {
            problems.Add(Problems.EmptyRegister.InSheet(sheet));
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var subsidiary in register)
        {
            if (!seen.TryAdd(subsidiary.Code, subsidiary.Row))
            {
                problems.Add(Problems.DuplicateCode.AtRow(sheet, subsidiary.Row, subsidiary.Code, seen[subsidiary.Code]));
            }
        }
    }
}
