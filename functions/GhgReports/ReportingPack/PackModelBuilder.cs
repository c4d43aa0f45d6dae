using System.Globalization;
using System.Reflection;
using GhgReports.Intake.Workbook;
using GhgReports.Inventory.Calculation;
using GhgReports.Inventory.Classification;
using GhgReports.Inventory.Consolidation;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Localization;
using GhgReports.Submissions;
using T = GhgReports.Localization.PackTexts;

namespace GhgReports.ReportingPack;

/// <summary>
/// Turns a calculated inventory (a subsidiary's, or the group's with its members' lines) into the <see cref="PackModel"/>
/// the report and the workbook print. Nothing is recalculated: category totals come from the inventory as calculated
/// (and, for the group, as consolidated), and the per-line figures are the lines' own.
/// </summary>
internal static partial class PackModelBuilder
{
    /// <summary>The code the group's consolidated pack is filed under.</summary>
    public const string GroupCode = "GROUP";

    /// <summary>The "gas" under which the group's intra-group elimination appears in the by-gas table, so category 4 adds up.</summary>
    public const string EliminationGas = "CO2e (intra-group elimination)";

    private const string Co2e = "CO2e";

    public static PackModel ForSubsidiary(PackInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var inventory = inputs.Inventory;
        var entity = inputs.Workbook.Entity;
        if (entity.SubsidiaryCode != inventory.SubsidiaryCode || new ReportingPeriod(entity.PeriodStart, entity.PeriodEnd) != inventory.Period)
        {
            throw new ArgumentException("The workbook is not the one the inventory was calculated from (subsidiary or period differ).", nameof(inputs));
        }
        var group = inputs.Group;
        var registered = group.Register.FirstOrDefault(r => r.Code == inventory.SubsidiaryCode);
        var share = registered is null ? 1m : registered.WeightUnder(group.Group.ConsolidationApproach).Share;
        var name = registered is null
            ? new Bilingual(inventory.SubsidiaryName, inventory.SubsidiaryName)
            : new Bilingual(registered.NameZh, registered.NameEn ?? registered.NameZh);
        var groupName = GroupName(group.Group);
        var approach = Approach(group.Group.ConsolidationApproach);
        var gwp = inputs.Gwps.Get(inventory.GwpSetId);

        var lines = Lines(inventory, inputs.Workbook, 1m);
        var categories = inventory.Categories.Select(c => new PackCategory
        {
            Category = c.Category,
            Name = CategoryName(c.Category),
            Scope = IsoCategories.ScopeOf(c.Category),
            LocationBasedTco2e = c.LocationBasedTco2e,
            MarketBasedTco2e = c.MarketBasedTco2e,
            RemovalsTco2e = c.RemovalsTco2e,
            EliminatedTco2e = 0m,
            LineCount = inventory.Lines.Count(l => l.Category == c.Category),
            Subcategories = c.Subcategories.Select(s => new PackSubcategory(s.Code, SubcategoryName(s.Code), s.LocationBasedTco2e, s.MarketBasedTco2e)).ToList(),
        }).ToList();
        var packInventory = Inventory(lines, categories, gwp, inventory.BiogenicCo2Tonnes, inventory.RemovalsTco2e, inventory.OutputTonnes, eliminations: []);

        var period = inventory.Period;
        var periodText = period.IsCalendarYear(inventory.ReportingYear)
            ? T.PeriodCalendar.Format(period.Start, period.End)
            : T.PeriodOther.Format(period.Start, period.End, inventory.ReportingYear);
        var members = new List<PackMember> { new(inventory.SubsidiaryCode, name.Zh, period, share, true, null) };
        var stage = Choice(ChoiceLists.ProductionStage, entity.ProductionStage);
        var organisation = new PackOrganisation
        {
            Name = name,
            Description = T.SubsidiaryDescription.Format(name, inventory.SubsidiaryCode, groupName, stage,
                registered?.Province is { } province ? new Bilingual(province, province) : T.Unknown),
            GroupName = groupName,
        };
        var boundaries = new PackBoundaries
        {
            ConsolidationApproach = approach,
            Organisational = T.SubsidiaryBoundary.Format(name, approach, share * 100m),
            Reporting = T.ReportingBoundary.Format(QuantifiedCategories(categories)),
            SignificanceCriteria = inputs.SignificanceCriteria ?? group.SignificanceCriteria ?? T.CriteriaNotProvided,
            Members = members,
        };
        var significance = Significance(categories, [(null, entity.Significance)], group.ExclusionJustifications);
        var baseYear = SubsidiaryBaseYear(inventory, inputs.BaseYearInventory, inputs.Recalculations, inputs.Workbook.Targets.Concat(group.Targets),
            group.Recalculation.ThresholdPercent);
        var verification = Verification(entity.Assurance);
        var uncertainty = Uncertainty(lines);
        var warnings = new List<Bilingual>();
        if (!period.IsCalendarYear(inventory.ReportingYear))
        {
            warnings.Add(T.SubsidiaryPeriodWarning.Format(period.Start, period.End, inventory.ReportingYear));
        }
        warnings.AddRange(inventory.DeclaredTotalDifferences.Select(d => d.Text));
        if (inventory.PurchasedAluminium.Warning is { } material)
        {
            warnings.Add(material);
        }
        if (ProvincialGridFactors.Unused(inputs.Factors, registered?.Province, inventory) is { } provincial)
        {
            warnings.Add(provincial.Text);
        }

        return Assemble(new Parts(
            PackKind.Subsidiary, inventory.SubsidiaryCode, T.SubsidiaryTitle.Format(name, inventory.ReportingYear), organisation,
            new PackResponsible(entity.ResponsiblePerson, entity.Contact), inventory.ReportingYear, period, periodText, boundaries, significance,
            packInventory, baseYear, inputs.Recalculations, inventory.Settings, [inventory.Settings], inputs.Factors, gwp, uncertainty, verification,
            warnings, inputs.Snapshot, inventory.FactorCatalogVersion, inputs.GeneratorVersion ?? AssemblyGeneratorVersion));
    }

    public static PackModel ForGroup(GroupPackInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var group = inputs.Inventory;
        var byCode = inputs.Members.ToDictionary(m => m.Inventory.SubsidiaryCode, StringComparer.Ordinal);
        foreach (var member in group.Included)
        {
            if (!byCode.ContainsKey(member.SubsidiaryCode))
            {
                throw new ArgumentException($"Member {member.SubsidiaryCode} is consolidated but its inventory was not given.", nameof(inputs));
            }
        }
        var included = group.Included.Select(m => (Member: m, Data: byCode[m.SubsidiaryCode])).ToList();
        var gwpIds = included.Select(m => m.Data.Inventory.GwpSetId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var gwp = inputs.Gwps.Get(gwpIds.Count == 1 ? gwpIds[0] : group.GwpSetId);

        var lines = included
            .SelectMany(m => Lines(m.Data.Inventory, m.Data.Workbook, m.Member.Share))
            .ToList();
        var categories = group.Categories.Select(c => new PackCategory
        {
            Category = c.Category,
            Name = CategoryName(c.Category),
            Scope = IsoCategories.ScopeOf(c.Category),
            LocationBasedTco2e = c.LocationBasedTco2e,
            MarketBasedTco2e = c.MarketBasedTco2e,
            RemovalsTco2e = c.RemovalsTco2e,
            EliminatedTco2e = c.EliminatedTco2e,
            LineCount = lines.Count(l => l.Line.Category == c.Category),
            // Sub-categories are share-weighted line sums, before eliminations (those are made at category level).
            Subcategories = lines
                .Where(l => l.Line.Category == c.Category && l.Line.Kind == LineKind.Emission)
                .GroupBy(l => l.Line.Subcategory)
                .OrderBy(g => g.Key ?? "~", StringComparer.Ordinal)
                .Select(g => new PackSubcategory(g.Key, SubcategoryName(g.Key),
                    g.Sum(l => l.ConsolidatedTco2e(Scope2Method.LocationBased)), g.Sum(l => l.ConsolidatedTco2e(Scope2Method.MarketBased))))
                .ToList(),
        }).ToList();
        var eliminations = group.Eliminations.Select(e => MemberText(e.SubsidiaryCode, e.Text)).ToList();
        var packInventory = Inventory(lines, categories, gwp, group.BiogenicCo2Tonnes, group.RemovalsTco2e, group.OutputTonnes, eliminations);

        var info = inputs.Group.Group;
        var groupName = GroupName(info);
        var approach = Approach(info.ConsolidationApproach);
        var memberList = group.Members.Select(m => new PackMember(m.SubsidiaryCode, m.SubsidiaryName, m.Period, m.Share, m.Included, m.ExclusionReason,
            m.Scope12LocationTco2e, group.Categories.Sum(c => c.Contributions.Where(x => x.SubsidiaryCode == m.SubsidiaryCode).Sum(x => x.LocationBasedTco2e)))).ToList();
        var organisation = new PackOrganisation
        {
            Name = groupName,
            Description = T.GroupDescription.Format(groupName, memberList.Count(m => m.Included),
                Join(memberList.Where(m => m.Included).Select(m => new Bilingual($"{m.Name}（{m.Code}）", $"{m.Name} ({m.Code})")), "、", ", ")),
        };
        var boundaries = new PackBoundaries
        {
            ConsolidationApproach = approach,
            Organisational = ConsolidationTexts.Describe(group),
            Reporting = T.ReportingBoundary.Format(QuantifiedCategories(categories)),
            SignificanceCriteria = inputs.SignificanceCriteria ?? inputs.Group.SignificanceCriteria ?? T.CriteriaNotProvided,
            Members = memberList,
        };
        var significance = Significance(categories, included.Select(m => ((string?)m.Member.SubsidiaryCode, m.Data.Workbook.Entity.Significance)).ToList(),
            inputs.Group.ExclusionJustifications);
        var baseYear = GroupBaseYear(group, included.Select(m => m.Data.Inventory).ToList(), inputs);
        var verification = inputs.Assurance is { } assurance
            ? Verification(assurance)
            : new PackVerification
            {
                Status = "not-verified",
                Text = T.GroupNotVerified.Format(Join(included.Select(m =>
                    T.MemberVerification.Format(m.Member.SubsidiaryCode, Verification(m.Data.Workbook.Entity.Assurance).Text)), "；", "; ")),
            };
        var uncertainty = Uncertainty(lines);
        var warnings = new List<Bilingual>();
        if (group.PeriodWarning is { } periodWarning)
        {
            warnings.Add(periodWarning.Text);
        }
        warnings.AddRange(group.Notes);
        warnings.AddRange(included.SelectMany(m => m.Data.Inventory.DeclaredTotalDifferences.Select(d => MemberText(m.Member.SubsidiaryCode, d.Text))));
        warnings.AddRange(included
            .Select(m => ProvincialGridFactors.Unused(inputs.Factors, inputs.Group.Find(m.Member.SubsidiaryCode)?.Province, m.Data.Inventory))
            .OfType<UnusedProvincialFactor>()
            .Select(u => u.Text));
        warnings.AddRange(included.Where(m => m.Data.Inventory.PurchasedAluminium.Warning is not null)
            .Select(m => MemberText(m.Member.SubsidiaryCode, m.Data.Inventory.PurchasedAluminium.Warning!)));
        var period = new ReportingPeriod(new DateOnly(group.Year, 1, 1), new DateOnly(group.Year, 12, 31));
        var factorVersion = string.Join(" | ", included.Select(m => m.Data.Inventory.FactorCatalogVersion).Distinct(StringComparer.Ordinal));

        return Assemble(new Parts(
            PackKind.Group, GroupCode, T.GroupTitle.Format(groupName, group.Year), organisation,
            new PackResponsible(info.ResponsiblePerson, info.Contact), group.Year, period, T.GroupPeriod.Format(group.Year, MemberPeriods(memberList.Where(m => m.Included))), boundaries, significance,
            packInventory, baseYear, inputs.Recalculations, included.Count > 0 ? included[0].Data.Inventory.Settings : null,
            included.Select(m => m.Data.Inventory.Settings).ToList(), inputs.Factors, gwp, uncertainty, verification, warnings, inputs.Snapshot,
            factorVersion, inputs.GeneratorVersion ?? AssemblyGeneratorVersion));
    }

    /// <summary>The name of the sheet every calculated line was read from, as the template names it.</summary>
    public static string SourcesSheet => SubsidiaryWorkbookSchema.Sources.TemplateName;

    /// <summary>The library's informational version ("0.1.0+commit"): same code, same string, so packs stay reproducible.</summary>
    public static string AssemblyGeneratorVersion { get; } =
        typeof(PackModelBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PackModelBuilder).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private static List<PackLine> Lines(SubsidiaryInventory inventory, SubsidiaryWorkbook workbook, decimal share)
    {
        var notes = workbook.Sources
            .Where(s => !string.IsNullOrEmpty(s.Notes))
            .GroupBy(s => s.Row)
            .ToDictionary(g => g.Key, g => g.First().Notes);
        return inventory.Lines.Select(l => new PackLine(l, SourcesSheet, share, notes.GetValueOrDefault(l.Row))).ToList();
    }

    private sealed record Parts(
        PackKind Kind, string Code, Bilingual Title, PackOrganisation Organisation, PackResponsible Responsible, int Year, ReportingPeriod Period,
        Bilingual PeriodText, PackBoundaries Boundaries, IReadOnlyList<PackSignificance> Significance, PackInventory Inventory, PackBaseYear BaseYear,
        IReadOnlyList<Recalculation> Recalculations, CalculationSettings? Settings, IReadOnlyList<CalculationSettings> AllSettings, IFactorCatalog Factors,
        GwpSet Gwp, PackUncertainty Uncertainty, PackVerification Verification, IReadOnlyList<Bilingual> Warnings, PackSnapshot Snapshot,
        string FactorCatalogVersion, string GeneratorVersion);

    private static PackModel Assemble(Parts p)
    {
        var lines = p.Inventory.Lines.Select(l => l.Line).ToList();
        var factors = FactorsUsed(lines, p.AllSettings, p.Factors);
        var custom = lines
            .Where(l => l.CustomFactor is not null)
            .Select(l => new PackCustomFactor(l.SubsidiaryCode, l.Row, l.CustomFactor!.Value, l.CustomFactor.Unit, l.CustomFactor.Source))
            .ToList();
        var gwp = GwpSet(p.Gwp, lines);
        var approaches = Approaches(lines);
        var model = new PackModel
        {
            Kind = p.Kind,
            Code = p.Code,
            Title = p.Title,
            Organisation = p.Organisation,
            Responsible = p.Responsible,
            ReportingYear = p.Year,
            Period = p.Period,
            PeriodText = p.PeriodText,
            Boundaries = p.Boundaries,
            Significance = p.Significance,
            Inventory = p.Inventory,
            BaseYear = p.BaseYear,
            QuantificationApproaches = approaches,
            Factors = factors,
            CustomFactors = custom,
            Gwp = gwp,
            Uncertainty = p.Uncertainty,
            Verification = p.Verification,
            Checklist = [],
            Warnings = p.Warnings,
            Snapshot = p.Snapshot,
            FactorCatalogVersion = p.FactorCatalogVersion,
            GeneratorVersion = p.GeneratorVersion,
        };
        return model with { Checklist = Checklist(model, p.Recalculations.Count > 0) };
    }

    private static PackInventory Inventory(IReadOnlyList<PackLine> lines, IReadOnlyList<PackCategory> categories, GwpSet gwp,
        decimal biogenic, decimal removals, decimal output, IReadOnlyList<Bilingual> eliminations)
    {
        var byGas = ByGas(lines, gwp).ToList();
        foreach (var category in categories.Where(c => c.EliminatedTco2e != 0m))
        {
            byGas.Add(new PackGasTotal(category.Category, EliminationGas, 0m, null, -category.EliminatedTco2e));
        }
        decimal Sum(Scope2Method method, params int[] which) => categories.Where(c => which.Length == 0 || which.Contains(c.Category)).Sum(c => method == Scope2Method.MarketBased ? c.MarketBasedTco2e : c.LocationBasedTco2e);
        return new PackInventory
        {
            Lines = lines,
            Categories = categories,
            ByGas = byGas,
            BiogenicCo2Tonnes = biogenic,
            RemovalsTco2e = removals,
            Scope12LocationBasedTco2e = Sum(Scope2Method.LocationBased, 1, 2),
            Scope12MarketBasedTco2e = Sum(Scope2Method.MarketBased, 1, 2),
            TotalLocationBasedTco2e = Sum(Scope2Method.LocationBased),
            TotalMarketBasedTco2e = Sum(Scope2Method.MarketBased),
            OutputTonnes = output,
            Eliminations = eliminations,
        };
    }

    /// <summary>
    /// Each emission line's tCO2e split into its gases with the GWPs the line applied, so the gases of a category add up
    /// to the category's location-based total. Biogenic CO2 is left out, as in the totals.
    /// </summary>
    private static IEnumerable<PackGasTotal> ByGas(IReadOnlyList<PackLine> lines, GwpSet gwp)
    {
        var sums = new SortedDictionary<(int Category, string Gas), (decimal Tonnes, decimal? Gwp, decimal Tco2e)>(
            Comparer<(int Category, string Gas)>.Create((a, b) => a.Category != b.Category ? a.Category.CompareTo(b.Category) : string.CompareOrdinal(a.Gas, b.Gas)));
        foreach (var packLine in lines.Where(l => l.Line.Kind == LineKind.Emission))
        {
            var line = packLine.Line;
            foreach (var (gas, tonnes) in line.GasTonnes)
            {
                string name;
                decimal? value;
                decimal tco2e;
                if (string.Equals(gas, Co2e, StringComparison.OrdinalIgnoreCase))
                {
                    if (line.Biogenic)
                    {
                        continue;
                    }
                    (name, value, tco2e) = (Co2e, null, tonnes);
                }
                else if (line.Biogenic && string.Equals(gas, "CO2", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                else
                {
                    var applied = line.GwpUsed.TryGetValue(gas, out var g) ? g : gwp.Find(gas)?.Gwp ?? 0m;
                    (name, value, tco2e) = (gwp.Find(gas)?.Gas ?? gas, applied, tonnes * applied);
                }
                var key = (line.Category, name);
                var current = sums.GetValueOrDefault(key);
                sums[key] = (current.Tonnes + tonnes * packLine.Share, value ?? current.Gwp, current.Tco2e + tco2e * packLine.Share);
            }
        }
        return sums.Select(s => new PackGasTotal(s.Key.Category, s.Key.Gas, s.Value.Tonnes, s.Value.Gwp, s.Value.Tco2e));
    }

    private static List<PackFactor> FactorsUsed(IReadOnlyList<CalculatedLine> lines, IReadOnlyList<CalculationSettings> settings, IFactorCatalog catalog)
    {
        var ids = lines.Where(l => l.FactorId is not null).Select(l => l.FactorId!)
            .Concat(settings.Select(s => s.ResidualMix).OfType<ResidualMixChoice.Factor>().Select(f => f.FactorId))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var factors = new List<PackFactor>();
        foreach (var id in ids)
        {
            if (!catalog.TryGet(id, out var factor))
            {
                // The inventory was calculated with this factor; a catalog without it is not the one it was calculated with.
                throw new ArgumentException($"Factor '{id}' is not in catalog {catalog.Version}: pass the catalog the inventory was calculated with.", nameof(catalog));
            }
            factors.Add(new PackFactor(factor, lines.Count(l => l.FactorId == id)));
        }
        return factors;
    }

    private static PackGwpSet GwpSet(GwpSet set, IReadOnlyList<CalculatedLine> lines)
    {
        var used = lines.SelectMany(l => l.GwpUsed.Keys).Select(g => set.Find(g)?.Gas ?? g).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new PackGwpSet
        {
            Id = set.Id,
            Version = set.Version,
            Title = set.Title,
            HorizonYears = set.HorizonYears,
            Source = set.Source,
            Values = set.Values.Select(v => new PackGwpValue(v.Gas, v.Gwp, v.Aliases, used.Contains(v.Gas), v.Notes)).ToList(),
        };
    }

    private static List<Bilingual> Approaches(IReadOnlyList<CalculatedLine> lines)
    {
        var list = new List<Bilingual>();
        void Add(Bilingual text, CalculationPath path)
        {
            var count = lines.Count(l => l.Path == path);
            if (count > 0)
            {
                list.Add(text.Format(count));
            }
        }
        Add(T.ApproachLibrary, CalculationPath.LibraryFactor);
        Add(T.ApproachCustom, CalculationPath.CustomFactor);
        Add(T.ApproachReported, CalculationPath.Reported);
        if (lines.Any(l => l.Category == 2))
        {
            list.Add(T.ApproachScope2);
        }
        list.Add(T.ApproachesWhy);
        return list;
    }

    private static string MemberPeriods(IEnumerable<PackMember> members) => string.Join("; ", members.Select(m =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Code} {m.Period.Start:yyyy-MM-dd}–{m.Period.End:yyyy-MM-dd}")));

    private static string Responsible(PackResponsible r) => r.Contact is null ? r.Person : $"{r.Person} <{r.Contact}>";

    private static string QuantifiedCategories(IReadOnlyList<PackCategory> categories) =>
        string.Join(", ", categories.Where(c => c.LineCount > 0).Select(c => c.Category.ToString(CultureInfo.InvariantCulture)));

    private static Bilingual GroupName(GroupInfo info) => new(info.Name, info.NameEn ?? info.Name);

    private static Bilingual Approach(string key) => ConsolidationTexts.Approach(key);

    private static Bilingual Choice(ChoiceList list, string key) =>
        list.Options.FirstOrDefault(o => o.Key == key) is { } option ? new Bilingual(option.Zh, option.En) : new Bilingual(key, key);

    public static Bilingual CategoryName(int category)
    {
        var (_, zh, en) = IsoCategories.Categories.First(c => c.Number == category);
        return new Bilingual(zh, en);
    }

    public static Bilingual SubcategoryName(string? code) =>
        code is not null && IsoCategories.TryGet(code, out var sub) ? new Bilingual(sub.Zh, sub.En) : T.Unspecified;

    private static Bilingual MemberText(string code, Bilingual text) => new($"{code}：{text.Zh}", $"{code}: {text.En}");

    /// <summary>Workbook fields hold "中文 / English" in one cell; split them so each edition gets its own language.</summary>
    private static Bilingual Split(string text)
    {
        var index = text.IndexOf(" / ", StringComparison.Ordinal);
        return index < 0 ? new Bilingual(text, text) : new Bilingual(text[..index].Trim(), text[(index + 3)..].Trim());
    }

    private static Bilingual Join(IEnumerable<Bilingual> items, string zhSeparator, string enSeparator)
    {
        var list = items.ToList();
        return new Bilingual(string.Join(zhSeparator, list.Select(b => b.Zh)), string.Join(enSeparator, list.Select(b => b.En)));
    }

    private static Bilingual Concat(Bilingual first, Bilingual? second) =>
        second is null ? first : new Bilingual(first.Zh + second.Zh, first.En + " " + second.En);
}
