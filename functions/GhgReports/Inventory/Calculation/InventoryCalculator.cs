using System.Globalization;
using GhgReports.Inventory.Classification;
using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Inventory.Calculation;

/// <summary>
/// Turns a validated workbook into a <see cref="SubsidiaryInventory"/>: activity × factor per gas × GWP → tCO2e, line
/// by line, keeping the lineage of every figure. It works on workbooks intake has accepted, so a missing factor or an
/// unquantifiable line is a bug and throws; nothing is guessed (no default GWP set, no assumed density).
/// A calculation is pinned to the catalogs it is given: a new factor version reaches stored figures only through
/// <see cref="Recalculate"/>, which records the change and keeps the old figures.
/// </summary>
public sealed class InventoryCalculator(IFactorCatalog factors, GwpCatalog gwps)
{
    /// <summary>Declared totals further than this from the calculation are flagged (relative to the declared figure).</summary>
    public const decimal DeclaredTotalTolerance = 0.005m;

    public string FactorCatalogVersion => factors.Version;

    /// <summary>The GWP set the settings name, for checks that value a gas the way the calculation would.</summary>
    internal GwpSet? GwpSetOf(CalculationSettings settings) => gwps.TryGet(settings.GwpSetId, out var set) ? set : null;

    public SubsidiaryInventory Calculate(SubsidiaryWorkbook workbook, CalculationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(settings);
        var gwp = gwps.Get(settings.GwpSetId);
        var residual = settings.ResidualMix is ResidualMixChoice.Factor choice ? GetFactor(choice.FactorId) : null;
        var entity = workbook.Entity;
        var lines = workbook.Sources.Select(s => CalculateLine(entity, s, settings, gwp, residual)).ToList();
        var emissions = lines.Where(l => l.Kind == LineKind.Emission).ToList();
        var categories = Enumerable.Range(1, 6).Select(c => Total(c, lines)).ToList();

        return new SubsidiaryInventory
        {
            SubsidiaryCode = entity.SubsidiaryCode,
            SubsidiaryName = entity.SubsidiaryName,
            SubmissionId = settings.SubmissionId,
            ReportingYear = entity.ReportingYear,
            Period = new ReportingPeriod(entity.PeriodStart, entity.PeriodEnd),
            BaseYear = entity.BaseYear,
            OutputTonnes = entity.OutputTonnes,
            PurchasedAluminiumTonnes = entity.PurchasedAluminiumTonnes,
            IntraGroupPurchaseTonnes = entity.IntraGroupPurchaseTonnes ?? 0m,
            FactorCatalogVersion = factors.Version,
            GwpSetId = gwp.Id,
            GwpSetVersion = gwp.Version,
            Settings = settings,
            Lines = lines,
            Categories = categories,
            BiogenicCo2Tonnes = emissions.Sum(l => l.BiogenicCo2Tonnes),
            RemovalsTco2e = lines.Where(l => l.Kind == LineKind.Removal).Sum(l => l.Tco2e),
            PurchasedGoodsTco2e = emissions.Where(l => l.Scope3Category == Classification.Scope3Category.PurchasedGoodsAndServices).Sum(l => l.Tco2e),
            PurchasedAluminium = PurchasedAluminiumLines.Of(emissions),
            Uncertainty = UncertaintyCombination.Combine(emissions),
            DeclaredTotalDifferences = CrossCheck(entity, categories),
        };
    }

    /// <summary>
    /// Calculates <paramref name="workbook"/> again with this calculator's catalogs and <paramref name="settings"/>,
    /// returning the previous inventory untouched beside the new one and a record of who changed what and why
    /// (ISO 14064-1 6.4.2: base-year recalculation is documented, never silent).
    /// </summary>
    public RecalculationOutcome Recalculate(SubsidiaryInventory previous, SubsidiaryWorkbook workbook, CalculationSettings settings, RecalculationRequest request)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(request);
        if (previous.SubsidiaryCode != workbook.Entity.SubsidiaryCode || previous.Period != new ReportingPeriod(workbook.Entity.PeriodStart, workbook.Entity.PeriodEnd))
        {
            throw new ArgumentException("The workbook is not the one the previous inventory was calculated from (subsidiary or period differ).", nameof(workbook));
        }
        if (string.IsNullOrWhiteSpace(request.Who) || string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new ArgumentException("A recalculation needs the person who asked for it and the reason.", nameof(request));
        }
        var recalculated = Calculate(workbook, settings);
        var record = new Recalculation
        {
            SubsidiaryCode = previous.SubsidiaryCode,
            Period = previous.Period,
            FromFactorCatalogVersion = previous.FactorCatalogVersion,
            ToFactorCatalogVersion = recalculated.FactorCatalogVersion,
            FromGwpSet = $"{previous.GwpSetId}@{previous.GwpSetVersion}",
            ToGwpSet = $"{recalculated.GwpSetId}@{recalculated.GwpSetVersion}",
            When = request.When,
            Who = request.Who,
            Reason = request.Reason,
            OldTotals = InventoryTotals.Of(previous),
            NewTotals = InventoryTotals.Of(recalculated),
        };
        return new RecalculationOutcome(previous, recalculated, record);
    }

    private EmissionFactor GetFactor(string id) =>
        factors.TryGet(id, out var factor)
            ? factor
            : throw new InvalidOperationException($"Factor '{id}' is not in catalog {factors.Version}; intake should have refused the line.");

    private CalculatedLine CalculateLine(EntityDeclaration entity, EmissionSourceLine source, CalculationSettings settings, GwpSet gwp, EmissionFactor? residual)
    {
        var subcategory = source.Subcategory is { } code && IsoCategories.TryGet(code, out var sub) ? sub : null;
        Scope3Category? scope3 = source.Category <= 2 ? null : (Scope3Category?)(source.Scope3Category ?? subcategory?.Scope3Category);
        var notes = new List<Bilingual>();
        var biogenic = source.Biogenic && source.Kind == LineKind.Emission;

        Quantity quantity;
        CalculationPath path;
        EmissionFactor? factor = null;
        if (source.FactorId is { } id)
        {
            factor = GetFactor(id);
            quantity = FromLibraryFactor(source, factor, gwp, biogenic);
            path = CalculationPath.LibraryFactor;
        }
        else if (source.CustomFactor is { } custom)
        {
            quantity = FromCustomFactor(source, custom, gwp, biogenic, notes);
            path = CalculationPath.CustomFactor;
        }
        else if (source.ReportedTco2e is { } reported)
        {
            quantity = new Quantity(null, null, null, new Dictionary<string, decimal>(), new Dictionary<string, decimal> { ["CO2e"] = reported });
            notes.Add(InventoryTexts.ReportedPassThrough.Format(source.Evidence ?? "-"));
            path = CalculationPath.Reported;
        }
        else
        {
            throw Refused(RefusalReason.NotQuantified, source.Row, InventoryTexts.RefuseNotQuantified.Format(source.Row));
        }

        var (tco2e, biogenicCo2, gwpUsed) = Weigh(source.Row, quantity.GasTonnes, gwp, biogenic);
        if (biogenicCo2 > 0)
        {
            notes.Add(InventoryTexts.BiogenicKeptApart.Format(biogenicCo2));
        }

        decimal? location = null;
        decimal? market = null;
        var gasTonnes = quantity.GasTonnes;
        if (source.Category == 2)
        {
            (location, market) = Scope2(source, tco2e, gwp, residual, notes);
            if (source.Instrument == ContractualInstrument.OnSiteGeneration)
            {
                // Nothing was bought from the grid, so nothing was emitted on this line's account.
                tco2e = 0m;
                gasTonnes = gasTonnes.ToDictionary(g => g.Key, _ => 0m);
            }
        }

        return new CalculatedLine
        {
            SubsidiaryCode = entity.SubsidiaryCode,
            SubmissionId = settings.SubmissionId,
            Row = source.Row,
            LineNumber = source.LineNumber,
            SourceName = source.SourceName,
            Facility = source.Facility,
            Category = source.Category,
            Subcategory = source.Subcategory,
            Scope = IsoCategories.ScopeOf(source.Category),
            Scope3Category = scope3,
            Material = source.Material,
            Gas = source.Gas,
            Biogenic = source.Biogenic,
            Kind = source.Kind,
            Path = path,
            Instrument = source.Instrument,
            ActivityAmount = source.ActivityAmount,
            ActivityUnit = source.ActivityUnit?.Symbol ?? source.ActivityUnitText,
            AmountInFactorUnit = quantity.AmountInFactorUnit,
            FactorUnit = quantity.FactorUnit,
            ConversionNote = quantity.ConversionNote,
            FactorId = factor?.Id,
            FactorSetId = factor?.SetId,
            FactorSetVersion = factor?.SetVersion,
            FactorPerGas = quantity.FactorPerGas,
            CustomFactor = source.CustomFactor,
            GwpSetId = gwp.Id,
            GwpSetVersion = gwp.Version,
            GwpUsed = gwpUsed,
            GasTonnes = gasTonnes,
            Tco2e = tco2e,
            LocationBasedTco2e = location,
            MarketBasedTco2e = market,
            BiogenicCo2Tonnes = biogenicCo2,
            UncertaintyPercent = source.UncertaintyPercent,
            Evidence = source.Evidence,
            Notes = notes,
        };
    }

    /// <summary>Activity brought into a factor's unit, and tonnes of each gas.</summary>
    private sealed record Quantity(
        decimal? AmountInFactorUnit,
        string? FactorUnit,
        string? ConversionNote,
        IReadOnlyDictionary<string, decimal> FactorPerGas,
        IReadOnlyDictionary<string, decimal> GasTonnes);

    private static Quantity FromLibraryFactor(EmissionSourceLine source, EmissionFactor factor, GwpSet gwp, bool biogenic)
    {
        var (amount, unit) = Activity(source);
        var converted = FactorActivity.ToFactorUnit(amount, unit, factor)
            ?? throw Refused(RefusalReason.UnitCannotConvert, source.Row, InventoryTexts.RefuseUnitConversion.Format(source.Row, unit.Symbol, factor.ActivityUnit.Symbol));
        if (factor.IsCo2eOnly)
        {
            if (!string.Equals(factor.Co2eGwpBasis, gwp.Id, StringComparison.OrdinalIgnoreCase))
            {
                throw new Co2eGwpBasisMismatchException(source.Row, factor.Id, factor.Co2eGwpBasis ?? "?", gwp.Id);
            }
            if (biogenic)
            {
                throw Refused(RefusalReason.BiogenicWithCo2eOnlyFactor, source.Row, InventoryTexts.RefuseBiogenicCo2eOnly.Format(source.Row));
            }
        }
        else if (!IsCo2e(source.Gas) && !factor.TonnesPerUnit.Keys.Any(g => SameGas(g, source.Gas, gwp)))
        {
            // A fuel factor carries CO2, CH4 and N2O and the row's gas names the main one; a gas the factor does not
            // have at all (SF6 against a grid factor) means the wrong factor was picked.
            throw Refused(RefusalReason.GasNotInFactor, source.Row,
                InventoryTexts.RefuseGasNotInFactor.Format(source.Row, source.Gas, factor.Id, string.Join(", ", factor.TonnesPerUnit.Keys)));
        }
        var gasTonnes = factor.TonnesPerUnit.ToDictionary(g => g.Key, g => converted * g.Value, StringComparer.Ordinal);
        return new Quantity(converted, factor.ActivityUnit.Symbol, ConversionNote(amount, unit, converted, factor), factor.TonnesPerUnit, gasTonnes);
    }

    private static Quantity FromCustomFactor(EmissionSourceLine source, CustomFactor custom, GwpSet gwp, bool biogenic, List<Bilingual> notes)
    {
        if (!CustomFactorUnit.TryParse(custom.Unit, out var factorUnit))
        {
            throw Refused(RefusalReason.CustomFactorUnitNotUnderstood, source.Row, InventoryTexts.RefuseCustomUnit.Format(source.Row, custom.Unit));
        }
        var (amount, unit) = Activity(source);
        if (!unit.IsConvertibleTo(factorUnit.PerUnit))
        {
            // A custom factor has no density or calorific value of its own to cross dimensions with.
            throw Refused(RefusalReason.UnitCannotConvert, source.Row, InventoryTexts.RefuseUnitConversion.Format(source.Row, unit.Symbol, factorUnit.PerUnit.Symbol));
        }
        var converted = unit.Convert(amount, factorUnit.PerUnit);
        var perUnit = custom.Value * factorUnit.TonnesPerMassUnit;

        string gas;
        if (factorUnit.IsCo2e || (factorUnit.Gas is null && IsCo2e(source.Gas)))
        {
            if (factorUnit.GwpBasis is { } basis && !string.Equals(basis, gwp.Id, StringComparison.OrdinalIgnoreCase))
            {
                throw new Co2eGwpBasisMismatchException(source.Row, $"custom: {custom.Source}", basis, gwp.Id);
            }
            if (biogenic)
            {
                throw Refused(RefusalReason.BiogenicWithCo2eOnlyFactor, source.Row, InventoryTexts.RefuseBiogenicCo2eOnly.Format(source.Row));
            }
            if (factorUnit.GwpBasis is null)
            {
                notes.Add(InventoryTexts.CustomCo2eBasisUnstated.Format(custom.Source));
            }
            gas = "CO2e";
        }
        else if (factorUnit.Gas is { } named)
        {
            if (!IsCo2e(source.Gas) && !SameGas(named, source.Gas, gwp))
            {
                throw Refused(RefusalReason.GasNotInFactor, source.Row,
                    InventoryTexts.RefuseGasNotInFactor.Format(source.Row, source.Gas, custom.Unit, named));
            }
            gas = named;
        }
        else
        {
            // "kg/kg": mass of the row's own gas released per activity unit (refrigerant top-ups, SF6 losses).
            gas = source.Gas;
            if (gwp.Find(gas) is { } value)
            {
                notes.Add(InventoryTexts.GasReleased.Format(gas, gwp.Id, value.Gwp));
            }
        }
        var note = unit == factorUnit.PerUnit ? null : $"{Number(amount)} {unit.Symbol} → {Number(converted)} {factorUnit.PerUnit.Symbol}";
        return new Quantity(converted, factorUnit.PerUnit.Symbol, note,
            new Dictionary<string, decimal> { [gas] = perUnit },
            new Dictionary<string, decimal> { [gas] = converted * perUnit });
    }

    private static (decimal Amount, Unit Unit) Activity(EmissionSourceLine source) =>
        source is { ActivityAmount: { } amount, ActivityUnit: { } unit }
            ? (amount, unit)
            : throw Refused(RefusalReason.NotQuantified, source.Row, InventoryTexts.RefuseNotQuantified.Format(source.Row));

    /// <summary>
    /// tCO2e of the gas masses under <paramref name="gwp"/>. For a biogenic emission the CO2 is kept apart (it is
    /// reported, not totalled); its CH4 and N2O still count, as they would not have occurred without the combustion.
    /// </summary>
    private static (decimal Tco2e, decimal BiogenicCo2, IReadOnlyDictionary<string, decimal> GwpUsed) Weigh(
        int row, IReadOnlyDictionary<string, decimal> gasTonnes, GwpSet gwp, bool biogenic)
    {
        var total = 0m;
        var biogenicCo2 = 0m;
        var used = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (gas, tonnes) in gasTonnes)
        {
            if (IsCo2e(gas))
            {
                if (biogenic)
                {
                    // Only reported figures reach here as biogenic CO2e: the row says the figure is biogenic CO2.
                    biogenicCo2 += tonnes;
                }
                else
                {
                    total += tonnes;
                }
                continue;
            }
            if (biogenic && string.Equals(gas, "CO2", StringComparison.OrdinalIgnoreCase))
            {
                biogenicCo2 += tonnes;
                continue;
            }
            var value = gwp.Find(gas) ?? throw Refused(RefusalReason.NoGwpForGas, row, InventoryTexts.RefuseNoGwp.Format(row, gwp.Id, gas));
            used[gas] = value.Gwp;
            total += tonnes * value.Gwp;
        }
        return (total, biogenicCo2, used);
    }

    /// <summary>
    /// Location-based is the grid calculation. Market-based: renewable electricity under green certificates or a PPA
    /// is 0; on-site generation consumed is not purchased at all, so 0 under both; everything else takes the residual
    /// mix, for which China has only the grid average as a stand-in unless the settings name a residual factor.
    /// </summary>
    private static (decimal Location, decimal Market) Scope2(EmissionSourceLine source, decimal tco2e, GwpSet gwp, EmissionFactor? residual, List<Bilingual> notes)
    {
        switch (source.Instrument)
        {
            case ContractualInstrument.OnSiteGeneration:
                notes.Add(InventoryTexts.OnSiteZero);
                return (0m, 0m);
            case ContractualInstrument.GreenCertificate:
                notes.Add(InventoryTexts.GreenCertificateZero);
                return (tco2e, 0m);
            case ContractualInstrument.PowerPurchaseAgreement:
                notes.Add(InventoryTexts.PpaZero);
                return (tco2e, 0m);
            case ContractualInstrument.None:
            default:
                if (residual is null || source.ActivityAmount is null || source.ActivityUnit is null)
                {
                    notes.Add(InventoryTexts.ResidualMixProxy);
                    return (tco2e, tco2e);
                }
                var residualQuantity = FromLibraryFactor(source with { Gas = "CO2e", Biogenic = false }, residual, gwp, biogenic: false);
                var (market, _, _) = Weigh(source.Row, residualQuantity.GasTonnes, gwp, biogenic: false);
                notes.Add(InventoryTexts.ResidualMixFactor.Format($"{residual.Id} ({residual.SetId}@{residual.SetVersion})"));
                return (tco2e, market);
        }
    }

    private static CategoryTotal Total(int category, IReadOnlyList<CalculatedLine> lines)
    {
        var inCategory = lines.Where(l => l.Category == category).ToList();
        var emissions = inCategory.Where(l => l.Kind == LineKind.Emission).ToList();
        return new CategoryTotal
        {
            Category = category,
            LocationBasedTco2e = emissions.Sum(l => l.Tco2eFor(Scope2Method.LocationBased)),
            MarketBasedTco2e = emissions.Sum(l => l.Tco2eFor(Scope2Method.MarketBased)),
            RemovalsTco2e = inCategory.Where(l => l.Kind == LineKind.Removal).Sum(l => l.Tco2e),
            Subcategories = emissions
                .GroupBy(l => l.Subcategory)
                .OrderBy(g => g.Key ?? "~", StringComparer.Ordinal)
                .Select(g => new SubcategoryTotal(g.Key, g.Sum(l => l.Tco2eFor(Scope2Method.LocationBased)), g.Sum(l => l.Tco2eFor(Scope2Method.MarketBased))))
                .ToList(),
        };
    }

    /// <summary>
    /// Declared totals are compared with emissions minus removals, location-based for category 2: Chinese
    /// verification statements use the grid average, and the intake check nets removals the same way.
    /// </summary>
    private static List<DeclaredTotalDifference> CrossCheck(EntityDeclaration entity, IReadOnlyList<CategoryTotal> categories)
    {
        var differences = new List<DeclaredTotalDifference>();
        foreach (var (category, declared) in entity.DeclaredTotals.OrderBy(d => d.Key))
        {
            if (categories.FirstOrDefault(c => c.Category == category) is not { } total)
            {
                continue;
            }
            var calculated = total.LocationBasedTco2e - total.RemovalsTco2e;
            var difference = Math.Abs(calculated - declared);
            var relative = declared == 0m ? (difference == 0m ? 0m : 1m) : difference / Math.Abs(declared);
            if (relative > DeclaredTotalTolerance)
            {
                differences.Add(new DeclaredTotalDifference
                {
                    Category = category,
                    DeclaredTco2e = declared,
                    CalculatedTco2e = calculated,
                    RelativeDifference = relative,
                    Text = InventoryTexts.DeclaredTotalDiffers.Format(category, declared, calculated, relative),
                });
            }
        }
        return differences;
    }

    private static string? ConversionNote(decimal amount, Unit unit, decimal converted, EmissionFactor factor)
    {
        if (unit == factor.ActivityUnit)
        {
            return null;
        }
        if (!unit.IsConvertibleTo(factor.ActivityUnit) && factor.DensityTonnesPerCubicMetre is { } density)
        {
            return $"{Number(amount)} {unit.Symbol} → {Number(converted)} {factor.ActivityUnit.Symbol} at {Number(density)} t/m³";
        }
        return $"{Number(amount)} {unit.Symbol} → {Number(converted)} {factor.ActivityUnit.Symbol}";
    }

    private static string Number(decimal value) => value.ToString("#,##0.######", CultureInfo.InvariantCulture);

    private static bool IsCo2e(string gas) => string.Equals(gas, "CO2e", StringComparison.OrdinalIgnoreCase);

    /// <summary>Same gas by name or by an alias in the GWP set (R-134a is HFC-134a).</summary>
    private static bool SameGas(string a, string b, GwpSet gwp) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || (gwp.Find(a) is { } x && gwp.Find(b) is { } y && x.Gas == y.Gas);

    private static CalculationRefusedException Refused(RefusalReason reason, int row, Bilingual text) => new(reason, row, text);
}
