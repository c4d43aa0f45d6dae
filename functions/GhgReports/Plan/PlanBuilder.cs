using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Inventory.Factors;
using GhgReports.Localization;
using GhgReports.Pathways;
using GhgReports.Submissions;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// Composes the plan from stored data alone, section by section as the seed plan runs (一 … 七, then an appendix).
/// Narrative comes from the group workbook, goals, explanations and measures from each subsidiary's workbook, every
/// figure from the calculated inventories and our pathway engine. A registered subsidiary without current data is
/// listed as missing wherever it would appear, and left out of group figures with a sentence saying so.
/// </summary>
internal static partial class PlanBuilder
{
    /// <summary>The pathway tables and charts run from the base year to this year, as the seed's tables do.</summary>
    public const int PathwayHorizon = 2030;

    private const Scope2Method Method = Scope2Method.LocationBased;

    public static PlanDocument Build(PlanInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var lang = inputs.Language;
        var engine = new PathwayEngine(inputs.Curves);
        var measureEffects = new MeasureEffects(inputs.Factors, inputs.Gwps);
        var checker = new PlanConsistencyChecker(engine, measureEffects);
        var subsidiaries = inputs.Subsidiaries.Select(s => Prepare(s, inputs, checker, measureEffects)).ToList();
        var groupTarget = TargetBoundary.Headline(inputs.Group.Targets);
        var warnings = Warnings(subsidiaries, groupTarget, checker, inputs.Factors);
        var notices = PlanNotices.From(warnings, (code, kind) => subsidiaries.FirstOrDefault(s => s.Code == code)?.PathwayOf(kind));
        var context = new Context(inputs, lang, subsidiaries) { Notices = notices };

        var groupName = Pick(inputs.Group.Group.Name, inputs.Group.Group.NameEn, lang);
        var title = T.Title.In(lang);
        var groupLevel = context.GroupLevel;
        var sections = new List<PlanSection>
        {
            Summary(context, groupTarget),
            Prose(T.Introduction, inputs.Group.Narrative.Introduction, lang),
            Prose(T.Policy, inputs.Group.Narrative.Policy, lang),
            groupLevel ? GroupStatus(context) : Status(context),
            groupLevel ? GroupTargets(context, groupTarget) : Targets(context, groupTarget),
            groupLevel ? GroupMeasures(context) : Measures(context),
            Prose(T.Safeguards, inputs.Group.Narrative.Safeguards, lang),
            Prose(T.Outlook, inputs.Group.Narrative.Outlook, lang),
        };
        if (groupLevel)
        {
            sections.Add(Annex(context));
        }
        sections.Add(Appendix(context));

        return new PlanDocument
        {
            Language = lang,
            Cover = new PlanCover(groupName, title,
                T.CoverYear.Format(inputs.Year).In(lang),
                T.CoverDate.Format(inputs.SnapshotDate.UtcDateTime).In(lang),
                T.CoverVersion.Format(inputs.Version).In(lang),
                T.CoverDataNote.Format(inputs.SnapshotDate.UtcDateTime).In(lang) + (inputs.ChangeNote is { } change ? " " + change.In(lang) : "")),
            Header = groupName + T.HeaderSeparator.In(lang) + title,
            FooterFormat = T.Footer.In(lang),
            ContentsTitle = T.Contents.In(lang),
            Sections = sections,
            Subsidiaries = [.. subsidiaries.Select(s => s.Summary(lang))],
            Notices = notices,
            Metadata = new PlanMetadata(title, groupName, T.Subject.Format(groupName, inputs.Year).In(lang), T.Creator.In(lang), inputs.SnapshotDate),
        };
    }

    private sealed record Context(PlanInputs Inputs, Language Lang, IReadOnlyList<Prepared> Subsidiaries)
    {
        public int FigureNumber { get; set; }

        /// <summary>More registered subsidiaries than the plan can repeat sections for: group-level body and an annex.</summary>
        public bool GroupLevel => Subsidiaries.Count > Inputs.GroupLevelAbove;

        /// <summary>The warnings as appendix A numbers them, merged and without differences the print cannot show.</summary>
        public IReadOnlyList<PlanNotice> Notices { get; init; } = [];

        /// <summary>
        /// The short note printed under a table: which items of appendix A concern it, in a few words each; null when none do.
        /// </summary>
        public PlanParagraph? NoteFor(string code, PlanNoticePlace place, Func<PlanNotice, bool>? also = null)
        {
            var items = Notices.Where(n => n.SubsidiaryCode == code && n.Place == place && (also is null || also(n))).ToList();
            if (items.Count == 0)
            {
                return null;
            }
            var text = string.Join(T.NoticeNoteSeparator.In(Lang), items.Select(n => T.NoticeNoteItem.Format(n.Number,
                string.Join(T.ListSeparator.In(Lang), n.Codes.Where(T.NoticeBriefs.ContainsKey).Select(k => T.NoticeBriefs[k].In(Lang)))).In(Lang)));
            return new PlanParagraph(T.NoticeNote.Format(text).In(Lang), PlanTextStyle.Note);
        }
        public IEnumerable<Prepared> Included => Subsidiaries.Where(s => s.Data is not null);
        public IEnumerable<Prepared> Missing => Subsidiaries.Where(s => s.Data is null);
    }

    /// <summary>A registered subsidiary with everything derived from its data once, shared by all sections.</summary>
    private sealed record Prepared(
        RegisteredSubsidiary Registered,
        PlanSubsidiaryData? Data,
        SubsidiaryFigures? Figures,
        IReadOnlyList<PathwayComparison> Pathways,
        Bilingual? NoPathwayReason,
        IReadOnlyList<MeasureEffect> Effects)
    {
        public string Code => Registered.Code;

        /// <summary>Inventories in force for earlier years, oldest first (what the plan's reader put in <see cref="PlanSubsidiaryInput.Earlier"/>).</summary>
        public IReadOnlyList<SubsidiaryInventory> Earlier { get; init; } = [];

        /// <summary>The figures of each earlier year, oldest first.</summary>
        public IReadOnlyList<SubsidiaryFigures> History { get; init; } = [];

        /// <summary>The base of the pathway and targets: the Entity sheet's base year in force, else the first year stored.</summary>
        public SubsidiaryFigures? Base { get; init; }

        /// <summary>True when the declared base year has no data in force and the first year stored stands in.</summary>
        public bool BaseYearNotStored { get; init; }

        /// <summary>What the consistency checks see: the year reported and its base.</summary>
        public PlanSubsidiary ForChecks => new(Data!.Workbook, Figures!) { Base = Base };

        public string Name(Language lang) => Pick(Registered.NameZh, Registered.NameEn, lang);

        // English tables carry the English name without its legal form, as the Chinese ones carry the short name.
        public string Short(Language lang) => lang == Language.Zh
            ? Registered.ShortName ?? Registered.NameZh
            : string.IsNullOrWhiteSpace(Registered.NameEn) ? Registered.Code : EnglishShortName(Registered.NameEn);

        public PathwayComparison? PathwayOf(PathwayKind kind) => Pathways.FirstOrDefault(p => p.Ours.Kind == kind);

        public PlanSubsidiaryStatus Status => Data is null ? PlanSubsidiaryStatus.Missing : PlanSubsidiaryStatus.Included;

        public PlanSubsidiarySummary Summary(Language lang) => new()
        {
            Code = Code,
            Name = Name(lang),
            ShortName = Short(lang),
            Status = Status,
            SubmissionId = Data?.SubmissionId,
            Categories = Data is null
                ? new Dictionary<int, decimal>()
                : Enumerable.Range(1, 6).ToDictionary(c => c, c => Data.Inventory.CategoryEmissions(c, Method)),
            Scope12Intensity = Data?.Inventory.Scope12Intensity(Method),
            ProcessPathway = Points(PathwayOf(PathwayKind.Process)),
            PurchasedAluminiumPathway = Points(PathwayOf(PathwayKind.PurchasedAluminium)),
        };

        private static IReadOnlyList<PlanPoint> Points(PathwayComparison? comparison) =>
            comparison is null ? [] : [.. PathwayYears(comparison.Ours).Select(p => new PlanPoint(p.Year, (double)p.Target))];
    }

    private static Prepared Prepare(PlanSubsidiaryInput input, PlanInputs inputs, PlanConsistencyChecker checker, MeasureEffects effects)
    {
        var history = input.Earlier.Select(e => SubsidiaryFigures.FromInventory(input.Registered.Code, e, input.Registered.GridFactorId)).ToList();
        if (input.Current is not { } data)
        {
            return new Prepared(input.Registered, null, null, [], null, []) { Earlier = input.Earlier, History = history };
        }
        var inventory = data.Inventory;
        var figures = SubsidiaryFigures.FromInventory(input.Registered.Code, inventory, input.Registered.GridFactorId);
        var entity = data.Workbook.Entity;
        var (baseFigures, baseStored) = BaseYearFigures.Choose(entity.BaseYear, [.. history.Where(h => h.ReportingYear < figures.ReportingYear), figures]);
        var baseNotStored = !baseStored;

        IReadOnlyList<PathwayComparison> pathways = [];
        Bilingual? noPathway = null;
        var forChecks = new PlanSubsidiary(data.Workbook, figures) { Base = baseFigures };
        if (!HasCurve(inputs.Curves, entity.ProductionStage, baseFigures.ReportingYear))
        {
            noPathway = T.NoPathwayNoCurve.Format(entity.ProductionStage, baseFigures.ReportingYear);
        }
        else
        {
            pathways = checker.Pathways(forChecks);
            if (pathways.Count == 0)
            {
                noPathway = T.NoPathwayNoOutput;
            }
        }

        IReadOnlyList<MeasureEffect> measureEffects;
        try
        {
            measureEffects = effects.Compute(data.Workbook.Measures, figures, data.Workbook.Entity.BaseYear);
        }
        catch (KeyNotFoundException)
        {
            // A measure needing the grid factor of a subsidiary whose electricity has none: printed unquantified.
            measureEffects = [];
        }
        return new Prepared(input.Registered, data, figures, pathways, noPathway, measureEffects)
        {
            Earlier = input.Earlier,
            History = history,
            Base = baseFigures,
            BaseYearNotStored = baseNotStored,
        };
    }

    private static bool HasCurve(PathwayCurveSet curves, string stage, int baseYear) => curves.Covers(stage, baseYear);

    private static IReadOnlyList<PlanWarning> Warnings(IReadOnlyList<Prepared> subsidiaries, TargetDeclaration? groupTarget,
        PlanConsistencyChecker checker, IFactorCatalog factors)
    {
        // Only subsidiaries whose pathway can be computed are checked: the checks compare against that pathway.
        var checkable = subsidiaries
            .Where(s => s.Data is not null && s.NoPathwayReason is null && s.Figures!.OutputTonnes > 0)
            .Select(s => s.ForChecks)
            .ToList();
        var provincial = subsidiaries
            .Where(s => s.Data is not null)
            .Select(s => ProvincialGridFactors.Unused(factors, s.Registered.Province, s.Data!.Inventory))
            .OfType<UnusedProvincialFactor>()
            .Select(u => new PlanWarning(PlanWarningCodes.ProvincialGridFactorNotUsed, u.SubsidiaryCode,
                new Dictionary<string, string> { ["provincialFactor"] = u.Factor.Id, ["used"] = string.Join(", ", u.UsedFactorIds) }, u.Text));
        IReadOnlyList<PlanWarning> checks = groupTarget is null || checkable.Count == 0 ? [] : checker.Check(groupTarget, checkable);
        return [.. checks, .. provincial];
    }

    private static IEnumerable<PathwayPoint> PathwayYears(Pathway pathway) =>
        pathway.Points.Where(p => p.Year <= Math.Max(PathwayHorizon, pathway.BaseYear));

    // Sections 一、二、六、七: the group's own prose, one paragraph per line.
    private static PlanSection Prose(Bilingual title, Bilingual text, Language lang) =>
        new(title.In(lang), [.. Paragraphs(Pick(text.Zh, text.En, lang))]);

    private static IEnumerable<PlanBlock> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new PlanParagraph(p));

    private static string Period(ReportingPeriod period, Language lang) =>
        period.IsCalendarYear(period.Start.Year)
            ? T.PeriodCalendar.Format(period.Start.Year).In(lang)
            : T.PeriodRange.Format(period.Start.ToDateTime(TimeOnly.MinValue), period.End.ToDateTime(TimeOnly.MinValue)).In(lang);

    /// <summary>The text in the edition's language, falling back to Chinese where no English was written.</summary>
    private static string Pick(string zh, string? en, Language lang) =>
        lang == Language.En && !string.IsNullOrWhiteSpace(en) ? en : zh;
}
