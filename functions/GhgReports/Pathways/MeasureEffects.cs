using GhgReports.Inventory.Factors;
using GhgReports.Inventory.Gwp;
using GhgReports.Inventory.Units;
using GhgReports.Localization;
using GhgReports.Submissions;

namespace GhgReports.Pathways;

/// <summary>How a measure's effect was quantified, if it was.</summary>
public enum MeasureQuantification
{
    /// <summary>The measure gives nothing we can turn into tCO2 (energy monitoring, maintenance, paperless office).</summary>
    NotQuantified,

    /// <summary>Declared annual PV generation × grid factor.</summary>
    PvGeneration,

    /// <summary>PV capacity × declared full-load hours × grid factor.</summary>
    PvCapacityHours,

    /// <summary>A cut in fuel per tonne of output × fuel factor (via density for litres), × output for a year.</summary>
    FuelPerTonne,

    /// <summary>A cut in electricity per tonne of output × grid factor, × output for a year.</summary>
    ElectricityPerTonne,

    /// <summary>Annual electricity saved × grid factor.</summary>
    ElectricitySaving,

    /// <summary>A recycled-metal share: it lowers purchased-aluminium intensity (scope 3), not scope 1+2, so no tCO2 here.</summary>
    RecycledShare,

    /// <summary>A mass of a gas saved (a year's, or per tonne × output) × its GWP in the set the inventory was calculated with.</summary>
    GasTimesGwp,
}

/// <summary>
/// A reduction measure's effect as we compute it from its own inputs and our factors, beside what the subsidiary
/// declared. All amounts are per year unless named per tonne. <see cref="Working"/> is the arithmetic, for the plan.
/// </summary>
internal sealed record MeasureEffect
{
    public required int Row { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public DateOnly? Start { get; init; }
    public required MeasureQuantification Quantification { get; init; }
    public decimal? AnnualMwh { get; init; }
    public decimal? ImpliedFullLoadHours { get; init; }
    public decimal? KgCo2PerTonne { get; init; }
    /// <summary>What the measure avoids per year, tCO2e, as the inventory counts (scope 1+2); see <see cref="ReductionTco2e"/>.</summary>
    public decimal? AnnualTco2e { get; init; }
    /// <summary>The measure was already operating in the base year, so its saving is in the base inventory.</summary>
    public bool InBaseYear { get; init; }
    public string? Status { get; init; }

    /// <summary>
    /// The saving that counts as a reduction against the base: none for a measure already operating in the base year,
    /// nor for a recycled share (it acts on scope 3).
    /// </summary>
    public decimal? ReductionTco2e => InBaseYear || Quantification == MeasureQuantification.RecycledShare ? null : AnnualTco2e;
    public string? FactorId { get; init; }
    public decimal? Declared { get; init; }
    public string? DeclaredUnit { get; init; }
    /// <summary>Ours in the declared unit, when the declared unit is one we compute.</summary>
    public decimal? OursInDeclaredUnit { get; init; }
    /// <summary>Null when nothing comparable was declared.</summary>
    public bool? AgreesWithDeclared { get; init; }
    /// <summary>An energy saving too small to matter at the site's scale: usually MWh written for 万kWh, or a month for a year.</summary>
    public bool ImplausiblySmall { get; init; }
    public decimal? ShareOfScope12Percent { get; init; }
    public required Bilingual Working { get; init; }
    /// <summary>The gas of a saving written as a gas mass (CF4, SF6 …), as the GWP set names it.</summary>
    public string? Gas { get; init; }
    /// <summary>The GWP the gas was converted with; null when the set lacks the gas.</summary>
    public decimal? Gwp { get; init; }
    /// <summary>The set the gas was looked up in (cited with the saving), null when none was known.</summary>
    public GwpSet? GwpSet { get; init; }
    /// <summary>The saving is a mass of <see cref="Gas"/>, which <see cref="GwpSet"/> has no value for: not quantified, and said why.</summary>
    public bool GasNotInGwpSet { get; init; }
}

/// <summary>
/// Quantifies reduction measures with our factors. The fuel a per-tonne cut refers to is read from its unit, as the
/// workbook has no fuel column for measures: litres are diesel (site vehicles and forklifts), cubic metres natural gas
/// (furnaces); both factor ids are parameters so a subsidiary burning something else can be valued correctly. A saving
/// written as a mass of a gas (t CF4, kg SF6, kg CH4/t) is valued with the GWP set of the subsidiary's inventory, taken
/// from <paramref name="gwps"/>; the checks that need no such value (tracker, intake's plan warnings) pass none.
/// </summary>
internal sealed class MeasureEffects(IFactorCatalog factors, GwpCatalog? gwps = null, string naturalGasFactorId = "cn-fuel/natural-gas",
    string dieselFactorId = "cn-fuel/diesel")
{
    /// <summary>
    /// Below this share of the site's scope 1+2 an energy saving is flagged. 0.1 % is far below any measure worth a plan
    /// line (the seed's real measures are 0.3 % to 17 %), yet 10× above the seed's slips (1.5 MWh at 内蒙新材料 is 0.002 %),
    /// so a unit written 10 or 12 times too small is caught without flagging a small but genuine measure.
    /// </summary>
    public const decimal ImplausibleSharePercent = 0.1m;

    /// <summary>
    /// Annual declared figures depend on which year's output the subsidiary multiplied by, so they get 1 % besides
    /// rounding; per-tonne figures do not, and are held to rounding alone.
    /// </summary>
    private const decimal AnnualRelativeTolerance = 0.01m;

    private readonly IFactorCatalog factors = factors ?? throw new ArgumentNullException(nameof(factors));

    /// <param name="baseYear">The subsidiary's base year: a measure that started before it is in the base inventory.</param>
    public IReadOnlyList<MeasureEffect> Compute(IEnumerable<ReductionMeasure> measures, SubsidiaryFigures figures, int? baseYear = null)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return [.. measures.Select(m => Compute(m, figures, baseYear))];
    }

    public MeasureEffect Compute(ReductionMeasure measure, SubsidiaryFigures figures, int? baseYear = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(figures);
        var effect = Quantify(measure, figures);
        effect = effect with
        {
            Status = measure.Status,
            ShareOfScope12Percent = effect.AnnualTco2e is { } t && figures.Scope12Tco2e > 0 ? t / figures.Scope12Tco2e * 100m : null,
        };
        if (OperatingInBaseYear(measure, baseYear))
        {
            effect = effect with
            {
                InBaseYear = true,
                Working = effect.AnnualTco2e is { } saved
                    ? PlanTexts.MeasureInBaseYear.Format(baseYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", saved, effect.Working)
                    : PlanTexts.MeasureInBaseYearNotQuantified.Format(baseYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            };
        }
        return CompareWithDeclared(measure, effect);
    }

    /// <summary>Declared as operating before the base year, or started in a year before it.</summary>
    public static bool OperatingInBaseYear(ReductionMeasure measure, int? baseYear)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.Status == "operating-before-base" || (baseYear is { } b && measure.Start is { } start && start.Year < b);
    }

    private MeasureEffect Quantify(ReductionMeasure m, SubsidiaryFigures figures)
    {
        var blank = new MeasureEffect
        {
            Row = m.Row,
            Name = m.Name,
            Type = m.Type,
            Start = m.Start,
            Quantification = MeasureQuantification.NotQuantified,
            Working = PlanTexts.MeasureNotQuantified,
        };
        if (m.Type == "recycling")
        {
            return blank with { Quantification = MeasureQuantification.RecycledShare, Working = PlanTexts.MeasureRecycledShare.Format(m.AnnualAmount) };
        }

        var hasRate = UnitParser.TryParsePerTonne(m.AnnualUnit, out var unit, out var perTonne);
        if (m.Type == "pv")
        {
            return Pv(m, figures, blank, hasRate && !perTonne && unit.Dimension == Dimension.Energy ? unit : null);
        }
        if (MeasureGasSaving.TryParse(m.AnnualUnit, out var gas) && m.AnnualAmount is { } gasAmount)
        {
            return GasSaving(blank, gas, gasAmount, figures);
        }
        if (!hasRate || m.AnnualAmount is not { } amount)
        {
            return blank;
        }
        if (perTonne && unit.Dimension == Dimension.Volume)
        {
            return FuelPerTonne(m, figures, blank, amount, unit);
        }
        if (perTonne && unit.Dimension == Dimension.Energy)
        {
            var grid = Factor(figures.GridFactorId);
            var mwhPerTonne = unit.Convert(amount, Unit.MWh);
            var kgPerTonne = mwhPerTonne * Co2PerUnit(grid) * 1000m;
            return blank with
            {
                Quantification = MeasureQuantification.ElectricityPerTonne,
                AnnualMwh = mwhPerTonne * figures.OutputTonnes,
                KgCo2PerTonne = kgPerTonne,
                AnnualTco2e = kgPerTonne * figures.OutputTonnes / 1000m,
                FactorId = grid.Id,
                Working = PlanTexts.MeasureElectricityPerTonneWorking.Format(amount, unit.Symbol, Co2PerUnit(grid), kgPerTonne, figures.OutputTonnes, kgPerTonne * figures.OutputTonnes / 1000m),
            };
        }
        if (!perTonne && unit.Dimension == Dimension.Energy)
        {
            var grid = Factor(figures.GridFactorId);
            var mwh = unit.Convert(amount, Unit.MWh);
            var tco2 = mwh * Co2PerUnit(grid);
            var small = figures.Scope12Tco2e > 0 && tco2 / figures.Scope12Tco2e * 100m < ImplausibleSharePercent;
            return blank with
            {
                Quantification = MeasureQuantification.ElectricitySaving,
                AnnualMwh = mwh,
                AnnualTco2e = tco2,
                FactorId = grid.Id,
                ImplausiblySmall = small,
                Working = PlanTexts.MeasureElectricitySavingWorking.Format(amount, unit.Symbol, mwh, Co2PerUnit(grid), tco2),
            };
        }
        return blank;
    }

    private MeasureEffect Pv(ReductionMeasure m, SubsidiaryFigures figures, MeasureEffect blank, Unit? generationUnit)
    {
        var grid = Factor(figures.GridFactorId);
        var capacityMw = m.Capacity is { } c && m.CapacityUnit is { Dimension: Dimension.Power } cu ? cu.Convert(c, Unit.MW) : (decimal?)null;
        if (generationUnit is not null && m.AnnualAmount is { } generation)
        {
            var mwh = generationUnit.Convert(generation, Unit.MWh);
            var tco2 = mwh * Co2PerUnit(grid);
            return blank with
            {
                Quantification = MeasureQuantification.PvGeneration,
                AnnualMwh = mwh,
                ImpliedFullLoadHours = capacityMw is > 0 ? mwh / capacityMw : null,
                AnnualTco2e = tco2,
                FactorId = grid.Id,
                Working = PlanTexts.MeasurePvGenerationWorking.Format(generation, generationUnit.Symbol, mwh, Co2PerUnit(grid), tco2),
            };
        }
        if (capacityMw is { } mw && m.FullLoadHours is { } hours)
        {
            var mwh = mw * hours;
            var tco2 = mwh * Co2PerUnit(grid);
            return blank with
            {
                Quantification = MeasureQuantification.PvCapacityHours,
                AnnualMwh = mwh,
                ImpliedFullLoadHours = hours,
                AnnualTco2e = tco2,
                FactorId = grid.Id,
                Working = PlanTexts.MeasurePvCapacityWorking.Format(mw, hours, mwh, Co2PerUnit(grid), tco2),
            };
        }
        return blank;
    }

    private MeasureEffect FuelPerTonne(ReductionMeasure m, SubsidiaryFigures figures, MeasureEffect blank, decimal amount, Unit unit)
    {
        var isLiquid = unit == Unit.Litre || unit == Unit.Kilolitre;
        var factor = Factor(isLiquid ? dieselFactorId : naturalGasFactorId);
        // Through the factor's own unit, so litres of diesel meet the per-tonne factor via its density.
        var inFactorUnit = FactorActivity.ToFactorUnit(amount, unit, factor);
        if (inFactorUnit is not { } quantity)
        {
            return blank;
        }
        var kgPerTonne = quantity * Co2PerUnit(factor) * 1000m;
        var annual = kgPerTonne * figures.OutputTonnes / 1000m;
        var working = isLiquid && factor.DensityTonnesPerCubicMetre is { } density
            ? PlanTexts.MeasureLiquidFuelWorking.Format(amount, unit.Symbol, density, quantity * 1000m, Co2PerUnit(factor), kgPerTonne, figures.OutputTonnes, annual)
            : PlanTexts.MeasureGasFuelWorking.Format(amount, unit.Symbol, Co2PerUnit(factor) * 1000m, factor.ActivityUnit.Symbol, kgPerTonne, figures.OutputTonnes, annual);
        return blank with
        {
            Quantification = MeasureQuantification.FuelPerTonne,
            KgCo2PerTonne = kgPerTonne,
            AnnualTco2e = annual,
            FactorId = factor.Id,
            Working = working,
        };
    }

    private MeasureEffect GasSaving(MeasureEffect blank, MeasureGasSaving saving, decimal amount, SubsidiaryFigures figures)
    {
        // Without the inventory's set (a caller that only checks energy savings) nothing can be said of the gas.
        if (figures.GwpSetId is not { } id || gwps is null || !gwps.TryGet(id, out var set))
        {
            return blank;
        }
        var gas = saving.GasName(set);
        if (!set.TryGet(saving.Written, out var gwp))
        {
            return blank with { Gas = gas, GwpSet = set, GasNotInGwpSet = true, Working = PlanTexts.MeasureGasNotInGwpSet.Format(gas, set.Id) };
        }
        var cited = $"{set.Id}@{set.Version}";
        if (saving.PerTonneOfOutput)
        {
            var kgPerTonne = saving.Mass.Convert(amount, Unit.Kilogram) * gwp;
            var annual = kgPerTonne * figures.OutputTonnes / 1000m;
            return blank with
            {
                Quantification = MeasureQuantification.GasTimesGwp,
                KgCo2PerTonne = kgPerTonne,
                AnnualTco2e = annual,
                Gas = gas,
                Gwp = gwp,
                GwpSet = set,
                Working = PlanTexts.MeasureGasPerTonneWorking.Format(amount, saving.Mass.Symbol, gas, gwp, cited, kgPerTonne, figures.OutputTonnes, annual),
            };
        }
        var tco2e = saving.Mass.Convert(amount, Unit.Tonne) * gwp;
        return blank with
        {
            Quantification = MeasureQuantification.GasTimesGwp,
            AnnualTco2e = tco2e,
            Gas = gas,
            Gwp = gwp,
            GwpSet = set,
            Working = PlanTexts.MeasureGasAnnualWorking.Format(amount, saving.Mass.Symbol, gas, gwp, cited, tco2e),
        };
    }

    private static MeasureEffect CompareWithDeclared(ReductionMeasure m, MeasureEffect effect)
    {
        if (m.DeclaredReduction is not { } declared || string.IsNullOrWhiteSpace(m.DeclaredReductionUnit))
        {
            return effect;
        }
        var unit = UnitParser.Normalise(m.DeclaredReductionUnit).Replace("co2e", "co2", StringComparison.Ordinal);
        decimal? ours;
        decimal tolerance;
        switch (unit)
        {
            case "kgco2/t" or "kgco2/吨":
                ours = effect.KgCo2PerTonne;
                tolerance = PrintedPrecision.HalfUnit(declared);
                break;
            case "tco2" or "tco2/a" or "tco2/年" or "tco2/yr":
                ours = effect.AnnualTco2e;
                tolerance = Math.Max(PrintedPrecision.HalfUnit(declared), Math.Abs(declared) * AnnualRelativeTolerance);
                break;
            default:
                ours = null;
                tolerance = 0m;
                break;
        }
        return effect with
        {
            Declared = declared,
            DeclaredUnit = m.DeclaredReductionUnit,
            OursInDeclaredUnit = ours,
            AgreesWithDeclared = ours is { } o ? Math.Abs(o - declared) <= tolerance : null,
        };
    }

    /// <summary>A factor id from figures or our own defaults that the catalog lacks is a bug, not a data problem.</summary>
    private EmissionFactor Factor(string id) =>
        factors.TryGet(id, out var factor) ? factor : throw new KeyNotFoundException($"No emission factor '{id}' in catalog {factors.Version}.");

    /// <summary>
    /// tCO2e per unit, as the inventory counts: the grid and Chinese fuel factors carry CO2 alone, which is its own CO2e
    /// under every GWP set; a CO2e factor is taken as it stands. A factor with other gases would need the GWP set, which
    /// measures are not given: a bug in the factor ids chosen, not a data problem.
    /// </summary>
    private static decimal Co2PerUnit(EmissionFactor factor)
    {
        if (factor.TonnesPerUnit.TryGetValue("CO2e", out var co2e))
        {
            return co2e;
        }
        return factor.TonnesPerUnit.Count == 1 && factor.TonnesPerUnit.TryGetValue("CO2", out var co2)
            ? co2
            : throw new InvalidOperationException($"Measure factor '{factor.Id}' carries gases other than CO2; its CO2e needs a GWP set.");
    }
}
