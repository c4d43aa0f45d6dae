using GhgReports.Intake.Group;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Consolidation;
using GhgReports.Localization;
using GhgReports.Pathways;
using T = GhgReports.Localization.PlanDocumentTexts;

namespace GhgReports.Plan;

/// <summary>
/// Composes the plan from stored data alone, section by section as the seed plan runs (一 … 七, then an appendix).
/// Narrative comes from the group workbook, goals, explanations and measures from each subsidiary's workbook, every
/// figure from the calculated inventories and our pathway engine. A registered subsidiary without current data is
/// listed as missing wherever it would appear, and left out of group figures with a sentence saying so.
/// </summary>
public static class PlanBuilder
{
    /// <summary>The pathway tables and charts run from the base year to this year, as the seed's tables do.</summary>
    public const int PathwayHorizon = 2030;

    private const Scope2Method Method = Scope2Method.LocationBased;

    public static PlanDocument Build(PlanInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var lang = inputs.Language;
        var engine = new PathwayEngine(inputs.Curves);
        var measureEffects = new MeasureEffects(inputs.Factors);
        var checker = new PlanConsistencyChecker(engine, measureEffects);
        var subsidiaries = inputs.Subsidiaries.Select(s => Prepare(s, inputs, checker, measureEffects)).ToList();
        var groupTarget = inputs.Group.Targets.FirstOrDefault(t => t.Boundary == "scope1+2") ?? inputs.Group.Targets.FirstOrDefault();
        var warnings = Warnings(subsidiaries, groupTarget, checker);
        var context = new Context(inputs, lang, subsidiaries);

        var groupName = Pick(inputs.Group.Group.Name, inputs.Group.Group.NameEn, lang);
        var title = T.Title.In(lang);
        var sections = new List<PlanSection>
        {
            Prose(T.Introduction, inputs.Group.Narrative.Introduction, lang),
            Prose(T.Policy, inputs.Group.Narrative.Policy, lang),
            Status(context),
            Targets(context, groupTarget),
            Measures(context),
            Prose(T.Safeguards, inputs.Group.Narrative.Safeguards, lang),
            Prose(T.Outlook, inputs.Group.Narrative.Outlook, lang),
            Appendix(context, warnings),
        };

        return new PlanDocument
        {
            Language = lang,
            Cover = new PlanCover(groupName, title,
                T.CoverYear.Format(inputs.Year).In(lang),
                T.CoverDate.Format(inputs.SnapshotDate.UtcDateTime).In(lang),
                T.CoverVersion.Format(inputs.Version).In(lang),
                T.CoverDataNote.Format(inputs.SnapshotDate.UtcDateTime).In(lang)),
            Header = groupName + T.HeaderSeparator.In(lang) + title,
            FooterFormat = T.Footer.In(lang),
            ContentsTitle = T.Contents.In(lang),
            Sections = sections,
            Subsidiaries = [.. subsidiaries.Select(s => s.Summary(lang))],
            Metadata = new PlanMetadata(title, groupName, T.Subject.Format(groupName, inputs.Year).In(lang), T.Creator.In(lang), inputs.SnapshotDate),
        };
    }

    private sealed record Context(PlanInputs Inputs, Language Lang, IReadOnlyList<Prepared> Subsidiaries)
    {
        public int FigureNumber { get; set; }
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

        public string Name(Language lang) => Pick(Registered.NameZh, Registered.NameEn, lang);

        // English tables carry the code: the short names are Chinese abbreviations with no agreed English form.
        public string Short(Language lang) => lang == Language.Zh ? Registered.ShortName ?? Registered.NameZh : Registered.Code;

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
        if (input.Current is not { } data)
        {
            return new Prepared(input.Registered, null, null, [], null, []);
        }
        var inventory = data.Inventory;
        var figures = SubsidiaryFigures.FromInventory(input.Registered.Code, inventory, input.Registered.GridFactorId);

        IReadOnlyList<PathwayComparison> pathways = [];
        Bilingual? noPathway = null;
        var entity = data.Workbook.Entity;
        if (!HasCurve(inputs.Curves, entity.ProductionStage, entity.BaseYear))
        {
            noPathway = T.NoPathwayNoCurve.Format(entity.ProductionStage, entity.BaseYear);
        }
        else
        {
            pathways = checker.Pathways(new PlanSubsidiary(data.Workbook, figures));
            if (pathways.Count == 0)
            {
                noPathway = T.NoPathwayNoOutput;
            }
        }

        IReadOnlyList<MeasureEffect> measureEffects;
        try
        {
            measureEffects = effects.Compute(data.Workbook.Measures, figures);
        }
        catch (KeyNotFoundException)
        {
            // A measure needing the grid factor of a subsidiary whose electricity has none: printed unquantified.
            measureEffects = [];
        }
        return new Prepared(input.Registered, data, figures, pathways, noPathway, measureEffects);
    }

    private static bool HasCurve(PathwayCurveSet curves, string stage, int baseYear) => curves.Covers(stage, baseYear);

    private static IReadOnlyList<PlanWarning> Warnings(IReadOnlyList<Prepared> subsidiaries, Intake.Workbook.TargetDeclaration? groupTarget, PlanConsistencyChecker checker)
    {
        // Only subsidiaries whose pathway can be computed are checked: the checks compare against that pathway.
        var checkable = subsidiaries
            .Where(s => s.Data is not null && s.NoPathwayReason is null && s.Figures!.OutputTonnes > 0)
            .Select(s => new PlanSubsidiary(s.Data!.Workbook, s.Figures!))
            .ToList();
        return groupTarget is null || checkable.Count == 0 ? [] : checker.Check(groupTarget, checkable);
    }

    private static IEnumerable<PathwayPoint> PathwayYears(Pathway pathway) =>
        pathway.Points.Where(p => p.Year <= Math.Max(PathwayHorizon, pathway.BaseYear));

    // Sections 一、二、六、七: the group's own prose, one paragraph per line.
    private static PlanSection Prose(Bilingual title, Bilingual text, Language lang) =>
        new(title.In(lang), [.. Paragraphs(Pick(text.Zh, text.En, lang))]);

    private static IEnumerable<PlanBlock> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new PlanParagraph(p));

    private static PlanSection Status(Context c)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock> { new PlanParagraph(T.StatusLead.Format(c.Inputs.Year).In(lang)) };

        var header = new List<string> { T.ColumnSubsidiary.In(lang), T.ColumnPeriod.In(lang) };
        header.AddRange(Enumerable.Range(1, 4).Select(n => T.ColumnCategoryShort.Format(n).In(lang)));
        header.Add(T.ColumnIntensity.In(lang));
        var rows = c.Subsidiaries.Select(s => s.Data is { } d
            ? new PlanTableRow([s.Short(lang), Period(d.Inventory.Period, lang),
                .. Enumerable.Range(1, 4).Select(n => PlanNumbers.Tonnes(d.Inventory.CategoryEmissions(n, Method))),
                PlanNumbers.Intensity(d.Inventory.Scope12Intensity(Method))])
            : new PlanTableRow([s.Short(lang), T.Missing.In(lang), .. Enumerable.Repeat(T.MissingCell.In(lang), 5)])).ToList();

        var included = c.Included.ToList();
        GroupInventory? group = null;
        if (included.Count > 0)
        {
            group = GroupConsolidator.Consolidate(
                [.. included.Select(s => (s.Data!.Inventory, s.Registered.SharePercent / 100m))],
                c.Inputs.Group.Group.ConsolidationApproach, c.Inputs.Year);
            rows.Add(new PlanTableRow([T.GroupTotalRow.Format(included.Count).In(lang), "",
                .. Enumerable.Range(1, 4).Select(n => PlanNumbers.Tonnes(group.CategoryEmissions(n, Method))),
                PlanNumbers.Intensity(group.Scope12Intensity(Method))], Emphasis: true));
        }
        blocks.Add(new PlanTable([new(2.0f, PlanAlign.Left), new(1.7f, PlanAlign.Left), new(1.2f, PlanAlign.Right), new(1.2f, PlanAlign.Right),
            new(1.2f, PlanAlign.Right), new(1.5f, PlanAlign.Right), new(2.0f, PlanAlign.Right)], header, rows));

        blocks.Add(new PlanParagraph(MissingSentence(c)));
        if (group is not null)
        {
            blocks.Add(new PlanParagraph(T.GroupIntensityLine.Format(included.Count, PlanNumbers.Tonnes(group.TotalScope12(Method)),
                PlanNumbers.Tonnes(group.OutputTonnes), PlanNumbers.Intensity(group.Scope12Intensity(Method))).In(lang)));
            if (group.PeriodWarning is { } period)
            {
                blocks.Add(new PlanParagraph(period.Text.In(lang), PlanTextStyle.Note));
            }
            blocks.AddRange(group.Notes.Select(n => new PlanParagraph(n.In(lang), PlanTextStyle.Note)));
        }
        blocks.Add(new PlanParagraph(T.CategoryNotesTitle.In(lang), PlanTextStyle.Note));
        blocks.AddRange(T.CategoryNotes.Select(n => new PlanParagraph(n.In(lang), PlanTextStyle.Note)));

        var number = 0;
        foreach (var s in c.Subsidiaries)
        {
            number++;
            blocks.Add(new PlanHeading(T.Numbered(number, s.Name(Language.Zh), s.Name(Language.En)).In(lang)));
            if (s.Data is not { } d)
            {
                blocks.Add(new PlanParagraph(T.MissingTargetsSection.Format(s.Name(lang), c.Inputs.Year).In(lang)));
                continue;
            }
            var inventory = d.Inventory;
            blocks.Add(new PlanParagraph(T.SubsidiaryPeriod.Format(Period(inventory.Period, lang)).In(lang)));
            var significance = d.Workbook.Entity.Significance.ToDictionary(x => x.Category);
            var categoryRows = IsoCategoriesRows(inventory, significance, lang);
            blocks.Add(new PlanTable([new(0.9f, PlanAlign.Left), new(3.6f, PlanAlign.Left), new(1.5f, PlanAlign.Right)],
                [T.ColumnCategory.In(lang), T.ColumnDescription.In(lang), T.ColumnTco2e.In(lang)], categoryRows));
            blocks.Add(new PlanParagraph(inventory.Scope12Intensity(Method) is { } intensity
                ? T.IntensityLine.Format(PlanNumbers.Tonnes(inventory.TotalScope12(Method)), PlanNumbers.Tonnes(inventory.OutputTonnes), PlanNumbers.Intensity(intensity)).In(lang)
                : T.IntensityNoOutput.Format(PlanNumbers.Tonnes(inventory.TotalScope12(Method))).In(lang)));
        }
        return new PlanSection(T.Status.In(lang), blocks);
    }

    private static List<PlanTableRow> IsoCategoriesRows(SubsidiaryInventory inventory,
        Dictionary<int, Intake.Workbook.SignificanceDecision> significance, Language lang)
    {
        var rows = new List<PlanTableRow>();
        foreach (var (number, zh, en) in Inventory.Classification.IsoCategories.Categories)
        {
            var value = inventory.CategoryEmissions(number, Method);
            // Categories 5 and 6 are optional: a zero the subsidiary excluded is "not included", not a measured zero.
            var excluded = value == 0m && significance.TryGetValue(number, out var decision) && !decision.Included;
            if (number > 4 && value == 0m && !excluded)
            {
                continue;
            }
            rows.Add(new PlanTableRow([T.CategoryRow.Format(number).In(lang), lang == Language.Zh ? zh : en,
                excluded ? T.NotIncluded.In(lang) : PlanNumbers.Tonnes(value)]));
        }
        return rows;
    }

    private static string MissingSentence(Context c)
    {
        var lang = c.Lang;
        var missing = c.Missing.ToList();
        if (missing.Count == 0)
        {
            return T.NoneMissing.Format(c.Subsidiaries.Count, c.Inputs.Year).In(lang);
        }
        var names = string.Join(T.ListSeparator.In(lang), missing.Select(s => T.MissingOne.Format(s.Name(lang), s.Code).In(lang)));
        return T.MissingSubsidiaries.Format(c.Inputs.Year, names).In(lang);
    }

    private static PlanSection Targets(Context c, Intake.Workbook.TargetDeclaration? groupTarget)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock>();
        if (groupTarget is null)
        {
            blocks.Add(new PlanParagraph(T.NoGroupTarget.In(lang)));
        }
        else
        {
            var composed = T.GroupTargetComposed.Format(groupTarget.BaseYear, groupTarget.TargetYear, PlanNumbers.Percent(groupTarget.ReductionPercent ?? 0m));
            var wording = lang == Language.Zh && !string.IsNullOrWhiteSpace(groupTarget.Wording) ? groupTarget.Wording! : composed.In(lang);
            blocks.Add(new PlanParagraph(T.GroupTargetLead.Format(wording).In(lang)));
        }
        blocks.Add(new PlanParagraph(T.SubsidiaryTargetsLead.In(lang)));

        var number = 0;
        foreach (var s in c.Subsidiaries)
        {
            number++;
            blocks.Add(new PlanHeading(T.Numbered(number, s.Name(Language.Zh), s.Name(Language.En)).In(lang)));
            if (s.Data is not { } d)
            {
                blocks.Add(new PlanParagraph(T.MissingTargetsSection.Format(s.Name(lang), c.Inputs.Year).In(lang)));
                continue;
            }
            var goals = d.Workbook.Goals.In(lang);
            if (!string.IsNullOrWhiteSpace(goals.Statement))
            {
                blocks.Add(new PlanParagraph(goals.Statement!));
            }
            if (s.NoPathwayReason is { } reason)
            {
                blocks.Add(new PlanParagraph(T.NoPathway.Format(s.Short(lang), reason).In(lang)));
            }
            else
            {
                blocks.Add(new PlanParagraph(T.PathwayTableLead.Format(d.Workbook.Entity.BaseYear, $"{c.Inputs.Curves.Id}@{c.Inputs.Curves.Version}").In(lang)));
                blocks.Add(PathwayTable(s, lang));
                if (c.Inputs.Curves.Provisional)
                {
                    blocks.Add(new PlanParagraph(PlanTexts.ProvisionalCurvesNote.In(lang), PlanTextStyle.Note));
                }
            }
            if (!string.IsNullOrWhiteSpace(goals.Explanation))
            {
                blocks.Add(new PlanParagraph(T.ExplanationLead.Format(goals.Explanation).In(lang)));
            }
            var goalLines = new List<string>();
            AddIf(goalLines, goals.ShortTerm, T.ShortTerm, lang);
            AddIf(goalLines, goals.MidTerm, T.MidTerm, lang);
            AddIf(goalLines, goals.LongTerm, T.LongTerm, lang);
            if (goalLines.Count == 0)
            {
                goalLines.AddRange(d.Workbook.Targets.Where(t => !string.IsNullOrWhiteSpace(t.Wording)).Select(t => T.DeclaredTarget.Format(t.WordingIn(lang)).In(lang)));
            }
            if (goalLines.Count > 0)
            {
                blocks.Add(new PlanParagraph(T.GoalsLead.Format(s.Short(lang)).In(lang)));
                blocks.AddRange(goalLines.Select((g, i) => new PlanParagraph($"{i + 1}. {g}")));
            }
            if (!string.IsNullOrWhiteSpace(goals.Notes))
            {
                blocks.Add(new PlanParagraph(goals.Notes!, PlanTextStyle.Note));
            }
            foreach (var kind in new[] { PathwayKind.Process, PathwayKind.PurchasedAluminium })
            {
                if (s.PathwayOf(kind) is { } comparison)
                {
                    blocks.Add(Chart(c, s, comparison, d));
                }
            }
        }
        return new PlanSection(T.Targets.In(lang), blocks);
    }

    private static void AddIf(List<string> lines, string? text, Bilingual format, Language lang)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            lines.Add(format.Format(text).In(lang));
        }
    }

    private static PlanTable PathwayTable(Prepared s, Language lang)
    {
        var years = s.Pathways.SelectMany(p => PathwayYears(p.Ours)).Select(p => p.Year).Distinct().Order().ToList();
        var columns = new List<PlanColumn> { new(3.2f, PlanAlign.Left) };
        columns.AddRange(years.Select(_ => new PlanColumn(1f, PlanAlign.Right)));
        var header = new List<string> { T.ColumnMetric.In(lang) };
        header.AddRange(years.Select(PlanNumbers.Year));
        var rows = new List<PlanTableRow>();
        foreach (var comparison in s.Pathways)
        {
            var kind = comparison.Ours.Kind;
            var label = (kind == PathwayKind.Process ? T.ProcessRow : T.PurchasedRow).In(lang);
            rows.Add(new PlanTableRow([label, .. years.Select(y => comparison.Ours.At(y) is { } p ? PlanNumbers.Pathway(kind, p.Target) : "")]));
            if (comparison.HasDeclaredTable)
            {
                var declared = comparison.Years.ToDictionary(y => y.Year, y => y.Declared);
                rows.Add(new PlanTableRow([label + T.DeclaredRowSuffix.In(lang),
                    .. years.Select(y => declared.TryGetValue(y, out var v) && v is { } value ? PlanNumbers.Declared(value) : "")]));
            }
        }
        return new PlanTable(columns, header, rows);
    }

    private static PlanChart Chart(Context c, Prepared s, PathwayComparison comparison, PlanSubsidiaryData data)
    {
        var lang = c.Lang;
        var kind = comparison.Ours.Kind;
        c.FigureNumber++;
        var caption = (kind == PathwayKind.Process ? T.ChartProcess : T.ChartPurchased).Format(c.FigureNumber, s.Short(lang)).In(lang);
        var target = PathwayYears(comparison.Ours).Select(p => new PlanPoint(p.Year, (double)p.Target)).ToList();
        var declared = comparison.Years.Where(y => y.Declared is not null).Select(y => new PlanPoint(y.Year, (double)y.Declared!.Value)).ToList();
        var actual = data.History.Append(s.Figures!)
            .Select(f => (f.ReportingYear, Value: kind == PathwayKind.Process ? (f.OutputTonnes > 0 ? f.ProcessIntensity : (decimal?)null) : f.PurchasedAluminiumIntensity))
            .Where(x => x.Value is not null)
            .DistinctBy(x => x.ReportingYear)
            .OrderBy(x => x.ReportingYear)
            .Select(x => new PlanPoint(x.ReportingYear, (double)x.Value!.Value))
            .ToList();
        var series = new List<PlanSeries> { new(T.SeriesTarget.In(lang), PlanSeriesKind.Target, target) };
        if (declared.Count > 0)
        {
            series.Add(new PlanSeries(T.SeriesDeclared.In(lang), PlanSeriesKind.Declared, declared));
        }
        series.Add(new PlanSeries(T.SeriesActual.In(lang), PlanSeriesKind.Actual, actual));
        return new PlanChart(caption, T.AxisYear.In(lang), T.AxisIntensity.In(lang), series);
    }

    private static PlanSection Measures(Context c)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock> { new PlanParagraph(T.MeasuresLead.In(lang)) };
        var all = c.Included
            .SelectMany(s => s.Data!.Workbook.Measures.Select(m => (Subsidiary: s, Measure: m, Effect: s.Effects.FirstOrDefault(e => e.Row == m.Row))))
            .ToList();
        if (all.Count == 0)
        {
            blocks.Add(new PlanParagraph(T.NoMeasures.In(lang)));
            return new PlanSection(T.Measures.In(lang), blocks);
        }
        var number = 0;
        foreach (var theme in new[] { T.ThemeEnergy, T.ThemeProduction, T.ThemeTransport, T.ThemeOther })
        {
            var items = all.Where(x => Theme(x.Measure.Type) == theme).ToList();
            if (items.Count == 0)
            {
                continue;
            }
            number++;
            blocks.Add(new PlanHeading(T.Numbered(number, theme.Zh, theme.En).In(lang)));
            blocks.Add(new PlanTable(
                [new(1.4f, PlanAlign.Left), new(2.6f, PlanAlign.Left), new(2.4f, PlanAlign.Left), new(1.4f, PlanAlign.Right)],
                [T.ColumnSubsidiary.In(lang), T.ColumnMeasure.In(lang), T.ColumnMethod.In(lang), T.ColumnSaving.In(lang)],
                [.. items.Select(x => new PlanTableRow([x.Subsidiary.Short(lang), x.Measure.NameIn(lang),
                    PlanTexts.QuantificationLabel(x.Effect?.Quantification ?? MeasureQuantification.NotQuantified).In(lang),
                    x.Effect?.AnnualTco2 is { } t ? PlanNumbers.Saving(t) : T.NotQuantified.In(lang)]))]));
            foreach (var x in items.Where(x => !string.IsNullOrWhiteSpace(x.Measure.Description)))
            {
                blocks.Add(new PlanParagraph(T.MeasureBullet.Format(x.Subsidiary.Short(lang), x.Measure.DescriptionIn(lang)).In(lang)));
            }
        }
        var saved = all.Where(x => x.Effect?.AnnualTco2 is not null && x.Effect.Quantification != MeasureQuantification.RecycledShare)
            .Sum(x => x.Effect!.AnnualTco2!.Value);
        var scope12 = c.Included.Sum(s => s.Figures!.Scope12Tco2e);
        blocks.Add(new PlanParagraph(T.MeasuresTotal.Format(PlanNumbers.Tonnes(saved), PlanNumbers.Percent(scope12 > 0 ? saved / scope12 * 100m : 0m)).In(lang)));
        return new PlanSection(T.Measures.In(lang), blocks);
    }

    private static Bilingual Theme(string type) => type switch
    {
        "pv" or "energy-monitoring" => T.ThemeEnergy,
        "efficiency" or "fuel-intensity" or "recycling" => T.ThemeProduction,
        "electrification" => T.ThemeTransport,
        _ => T.ThemeOther,
    };

    private static PlanSection Appendix(Context c, IReadOnlyList<PlanWarning> warnings)
    {
        var lang = c.Lang;
        var blocks = new List<PlanBlock> { new PlanHeading(T.AppendixWarnings.In(lang)), new PlanParagraph(T.AppendixWarningsLead.In(lang), PlanTextStyle.Note) };
        if (warnings.Count == 0)
        {
            blocks.Add(new PlanParagraph(T.NoWarnings.In(lang)));
        }
        var shortNames = c.Subsidiaries.ToDictionary(s => s.Code, s => s.Short(lang));
        blocks.AddRange(warnings.Select((w, i) => new PlanParagraph(
            T.WarningItem.Format(i + 1, shortNames.GetValueOrDefault(w.SubsidiaryCode, w.SubsidiaryCode), w.Message).In(lang), PlanTextStyle.Note)));

        blocks.Add(new PlanHeading(T.AppendixFactors.In(lang)));
        var used = c.Included
            .SelectMany(s => s.Data!.Inventory.Lines.Where(l => l.FactorId is not null).Select(l => (s, l)))
            .GroupBy(x => x.l.FactorId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (used.Count > 0)
        {
            blocks.Add(new PlanTable([new(2.6f, PlanAlign.Left), new(1.6f, PlanAlign.Left), new(3.2f, PlanAlign.Left), new(1.6f, PlanAlign.Left)],
                [T.ColumnFactor.In(lang), T.ColumnFactorSet.In(lang), T.ColumnSource.In(lang), T.ColumnUsedBy.In(lang)],
                [.. used.Select(g =>
                {
                    var line = g.First().l;
                    var source = c.Inputs.Factors.TryGet(g.Key, out var factor)
                        ? $"{factor.Source.Publisher}: {factor.Source.Title}"
                        : "";
                    return new PlanTableRow([g.Key, $"{line.FactorSetId}@{line.FactorSetVersion}", source,
                        string.Join(T.ListSeparator.In(lang), g.Select(x => x.s.Short(lang)).Distinct())]);
                })]));
        }
        var gwp = string.Join(", ", c.Included.Select(s => $"{s.Data!.Inventory.GwpSetId}@{s.Data.Inventory.GwpSetVersion}").Distinct());
        blocks.Add(new PlanParagraph(T.ReportedDirectly.Format(gwp, $"{c.Inputs.Curves.Id}@{c.Inputs.Curves.Version}: {c.Inputs.Curves.Provenance.In(lang)}").In(lang), PlanTextStyle.Note));

        blocks.Add(new PlanHeading(T.AppendixLineage.In(lang)));
        blocks.Add(new PlanParagraph(T.AppendixLineageLead.Format(c.Inputs.Year).In(lang), PlanTextStyle.Note));
        blocks.Add(new PlanTable([new(1.5f, PlanAlign.Left), new(2.6f, PlanAlign.Left), new(1.8f, PlanAlign.Left), new(1f, PlanAlign.Right), new(2.6f, PlanAlign.Left)],
            [T.ColumnSubsidiary.In(lang), T.ColumnSubmission.In(lang), T.ColumnPeriod.In(lang), T.ColumnLines.In(lang), T.ColumnCalculation.In(lang)],
            [.. c.Subsidiaries.Select(s => s.Data is { } d
                ? new PlanTableRow([s.Short(lang), string.IsNullOrEmpty(d.SubmissionId) ? T.SubmissionUnstored.In(lang) : d.SubmissionId,
                    Period(d.Inventory.Period, lang), PlanNumbers.Count(d.Inventory.Lines.Count),
                    $"{d.Inventory.GwpSetId} · {d.Inventory.FactorCatalogVersion}"])
                : new PlanTableRow([s.Short(lang), T.SubmissionMissing.In(lang), T.MissingCell.In(lang), T.MissingCell.In(lang), T.MissingCell.In(lang)]))]));
        return new PlanSection(T.Appendix.In(lang), blocks);
    }

    private static string Period(ReportingPeriod period, Language lang) =>
        period.IsCalendarYear(period.Start.Year)
            ? T.PeriodCalendar.Format(period.Start.Year).In(lang)
            : T.PeriodRange.Format(period.Start.ToDateTime(TimeOnly.MinValue), period.End.ToDateTime(TimeOnly.MinValue)).In(lang);

    /// <summary>The text in the edition's language, falling back to Chinese where no English was written.</summary>
    private static string Pick(string zh, string? en, Language lang) =>
        lang == Language.En && !string.IsNullOrWhiteSpace(en) ? en : zh;
}
