using GhgReports.Intake.Workbook;
using GhgReports.Localization;
using GhgReports.Submissions;
using S = GhgReports.Intake.Workbook.SubsidiaryWorkbookSchema;

namespace GhgReports.Intake.Reading;

/// <summary>
/// Reads a subsidiary workbook into records, syntax only: required values, numbers, dates, lists, units. Meaning
/// (factors, periods, totals, duplicates) is the validator's. Never throws on bad input: every problem is collected.
/// </summary>
internal sealed class SubsidiaryWorkbookReader(ReadLimits? limits = null)
{
    private readonly ReadLimits _limits = limits ?? ReadLimits.Default;

    /// <param name="onSource">
    /// Called with each emission source line as soon as it is read without error, in sheet order: lets intake start
    /// storing rows while the rest of the sheet is still being read. The line may still belong to a workbook that is
    /// rejected in the end.
    /// </param>
    public WorkbookReadResult Read(Stream stream, CancellationToken cancellationToken = default, Action<EmissionSourceLine>? onSource = null)
    {
        var problems = new List<Problem>();
        var preflight = WorkbookPreflight.Check(stream, _limits);
        if (preflight.Count > 0)
        {
            return new(null, preflight);
        }

        EntityRead? entity = null;
        var goals = new GoalsStatement();
        var sources = new List<EmissionSourceLine>();
        var energy = new List<EnergyProductionRecord>();
        var targets = new List<TargetDeclaration>();
        var pathway = new List<DeclaredPathwayPoint>();
        var measures = new List<ReductionMeasure>();
        var unreadFactors = new List<FactorReference>();

        var scanner = new SheetScanner(_limits, problems);
        var readable = scanner.Scan(stream, S.DataSheets,
            (spec, f) =>
            {
                if (spec == S.Entity)
                {
                    entity = ReadEntity(f);
                }
                else if (spec == S.Goals)
                {
                    goals = ReadGoals(f);
                }
            },
            (spec, f, row) =>
            {
                if (spec == S.Sources)
                {
                    var (line, factor) = ReadSource(f, row);
                    if (line is not null && !f.HasNewErrors)
                    {
                        sources.Add(line);
                        onSource?.Invoke(line);
                    }
                    else if (factor is not null)
                    {
                        unreadFactors.Add(factor);
                    }
                }
                else if (spec == S.EnergyAndProduction)
                {
                    Add(energy, ReadEnergy(f, row), f);
                }
                else if (spec == S.Targets)
                {
                    Add(targets, ReadTarget(f, row, S.Targets), f);
                }
                else if (spec == S.Pathway)
                {
                    Add(pathway, ReadPathway(f, row), f);
                }
                else if (spec == S.Measures)
                {
                    Add(measures, ReadMeasure(f, row), f);
                }
            },
            cancellationToken);
        if (!readable)
        {
            return new(null, problems);
        }

        // Goals is optional prose; every other sheet must be there.
        foreach (var spec in S.DataSheets.Where(s => s != S.Goals && !scanner.FoundSheets.Contains(s.Key)))
        {
            problems.Add(Problems.SheetMissing.Create(spec.TemplateName, spec.Name.En));
        }
        var parts = new ReadableParts
        {
            Entity = entity?.Declaration,
            ReportingYear = entity?.ReportingYear,
            Code = entity?.Code,
            Sources = sources,
            FactorsOnUnreadRows = unreadFactors,
            EnergyAndProduction = energy,
            Targets = targets,
            DeclaredPathway = pathway,
        };
        if (entity?.Declaration is null || problems.Any(p => p.IsError))
        {
            return new(null, problems) { Readable = parts };
        }
        var workbook = new SubsidiaryWorkbook
        {
            Entity = entity.Declaration,
            Sources = sources,
            EnergyAndProduction = energy,
            Targets = targets,
            Goals = goals,
            DeclaredPathway = pathway,
            Measures = measures,
        };
        return new(workbook, problems) { Readable = parts };
    }

    private static void Add<T>(List<T> list, T? item, FieldReader f) where T : class
    {
        if (item is not null && !f.HasNewErrors)
        {
            list.Add(item);
        }
    }

    /// <summary>The entity sheet as read; its code and year also on their own, for checks that need only them.</summary>
    private sealed record EntityRead(EntityDeclaration? Declaration, int? ReportingYear, DeclaredCode? Code);

    private static EntityRead ReadEntity(FieldReader f)
    {
        var e = S.Entity;
        var code = f.Text(e.Field("subsidiary_code"));
        var normalisedCode = code?.Normalize(System.Text.NormalizationForm.FormKC).ToUpperInvariant();
        var declaredCode = code is null ? null : new DeclaredCode(code, normalisedCode!, f.AddressOf(e.Field("subsidiary_code")));
        var name = f.Text(e.Field("subsidiary_name"));
        var year = f.Year(e.Field("reporting_year"));
        var start = f.Date(e.Field("period_start"));
        var end = f.Date(e.Field("period_end"), endOfPeriod: true);
        var baseYear = f.Year(e.Field("base_year"));
        var stage = f.Choice(e.Field("production_stage"));
        var output = f.Number(e.Field("output_t"));
        var purchased = f.Number(e.Field("purchased_aluminium_t"));
        var scrap = f.Number(e.Field("scrap_t"));
        var intraGroup = f.Number(e.Field("intra_group_t"));
        var grid = f.Text(e.Field("grid_region"));
        var person = f.Text(e.Field("responsible_person"));
        var contact = f.Text(e.Field("contact"));
        var status = f.Choice(e.Field("assurance_status"));
        var verifier = f.Text(e.Field("verifier"));
        var level = f.Choice(e.Field("assurance_level"));
        var statement = f.Text(e.Field("statement_reference"));
        var significance = new List<SignificanceDecision>();
        foreach (var category in new[] { 5, 6 })
        {
            var decision = f.Choice(e.Field($"category{category}"));
            var justification = f.Text(e.Field($"category{category}_justification"));
            if (decision is not null)
            {
                significance.Add(new(category, decision.Key == "included", justification));
            }
        }
        var declared = new Dictionary<int, decimal>();
        for (var category = 1; category <= 6; category++)
        {
            if (f.Number(e.Field($"declared_total_{category}")) is { } total)
            {
                declared[category] = total;
            }
        }
        if (code is null || name is null || year is null || start is null || end is null || baseYear is null || stage is null
            || output is null || purchased is null || person is null || status is null || significance.Count < 2)
        {
            return new(null, year, declaredCode);
        }
        return new(new EntityDeclaration
        {
            SubsidiaryCode = normalisedCode!,
            SubsidiaryName = name,
            ReportingYear = year.Value,
            PeriodStart = start.Value,
            PeriodEnd = end.Value,
            BaseYear = baseYear.Value,
            ProductionStage = stage.Key,
            OutputTonnes = output.Value,
            PurchasedAluminiumTonnes = purchased.Value,
            ScrapTonnes = scrap,
            IntraGroupPurchaseTonnes = intraGroup,
            GridRegion = grid,
            ResponsiblePerson = person,
            Contact = contact,
            Assurance = new(status.Key, verifier, level?.Key, statement),
            Significance = significance,
            DeclaredTotals = declared,
        }, year, declaredCode);
    }

    private static GoalsStatement ReadGoals(FieldReader f)
    {
        var g = S.Goals;
        return new GoalsStatement
        {
            Statement = f.Text(g.Field("statement")),
            ShortTerm = f.Text(g.Field("short_term")),
            MidTerm = f.Text(g.Field("mid_term")),
            LongTerm = f.Text(g.Field("long_term")),
            Explanation = f.Text(g.Field("explanation")),
            Notes = f.Text(g.Field("notes")),
            StatementEn = f.Text(g.Field("statement_en")),
            ShortTermEn = f.Text(g.Field("short_term_en")),
            MidTermEn = f.Text(g.Field("mid_term_en")),
            LongTermEn = f.Text(g.Field("long_term_en")),
            ExplanationEn = f.Text(g.Field("explanation_en")),
            NotesEn = f.Text(g.Field("notes_en")),
        };
    }

    /// <summary>The line when it could be built, and its factor reference whenever a factor id was given.</summary>
    private static (EmissionSourceLine? Line, FactorReference? Factor) ReadSource(FieldReader f, int row)
    {
        var s = S.Sources;
        var number = f.Text(S.LineNumber);
        var category = f.Choice(s.Field("category"));
        var subcategory = f.Choice(s.Field("subcategory"));
        var name = f.Text(s.Field("source"));
        var facility = f.Text(s.Field("facility"));
        var gas = f.Choice(s.Field("gas"));
        var biogenic = f.Choice(s.Field("biogenic"));
        var kind = f.Choice(s.Field("kind"));
        var activity = f.Number(s.Field("activity"));
        var (unit, unitText) = f.Unit(s.Field("activity_unit"));
        var factorId = f.Text(s.Field("factor_id"));
        var customValue = f.Number(s.Field("custom_factor"));
        var customUnit = f.Text(s.Field("custom_factor_unit"));
        var customSource = f.Text(s.Field("custom_factor_source"));
        var reported = f.Number(s.Field("reported_tco2e"));
        var evidence = f.Text(s.Field("evidence"));
        var uncertainty = f.Number(s.Field("uncertainty_pct"));
        var instrument = f.Choice(s.Field("instrument"));
        var scope3 = f.Number(s.Field("scope3_category"));
        var notes = f.Text(s.Field("notes"));
        var material = f.Choice(s.Field("material"));
        var factor = factorId is null ? null : new FactorReference(row, factorId, unit, unitText);
        if (category is null || name is null || gas is null)
        {
            return (null, factor);
        }
        CustomFactor? custom = null;
        if (customValue is not null || customUnit is not null || customSource is not null)
        {
            if (customValue is null || customUnit is null || customSource is null)
            {
                f.Report(Problems.CustomFactorIncomplete.At(f.AddressOf(s.Field("custom_factor")), null, null, row));
                return (null, factor);
            }
            custom = new CustomFactor(customValue.Value, customUnit, customSource);
        }
        return (new EmissionSourceLine
        {
            Row = row,
            LineNumber = number,
            Category = int.Parse(category.Key, System.Globalization.CultureInfo.InvariantCulture),
            Subcategory = subcategory?.Key,
            SourceName = name,
            Facility = facility,
            Gas = gas.Key,
            Biogenic = biogenic?.Key == "yes",
            Kind = kind?.Key == "removal" ? LineKind.Removal : LineKind.Emission,
            ActivityAmount = activity,
            ActivityUnit = unit,
            ActivityUnitText = unitText,
            FactorId = factorId,
            CustomFactor = custom,
            ReportedTco2e = reported,
            Evidence = evidence,
            UncertaintyPercent = uncertainty,
            Instrument = instrument?.Key switch
            {
                "gec" => ContractualInstrument.GreenCertificate,
                "ppa" => ContractualInstrument.PowerPurchaseAgreement,
                "onsite" => ContractualInstrument.OnSiteGeneration,
                _ => ContractualInstrument.None,
            },
            Scope3Category = scope3 is { } s3 ? (int)s3 : null,
            Notes = notes,
            Material = material?.Key,
        }, factor);
    }

    private static EnergyProductionRecord? ReadEnergy(FieldReader f, int row)
    {
        var s = S.EnergyAndProduction;
        var year = f.Year(s.Field("year"));
        var month = f.Number(s.Field("month"));
        var item = f.Choice(s.Field("item"));
        var amount = f.Number(s.Field("amount"));
        var (unit, _) = f.Unit(s.Field("unit"));
        var notes = f.Text(s.Field("notes"));
        if (month is not null && (month < 1 || month > 12 || month != decimal.Truncate(month.Value)))
        {
            f.Report(Problems.NotInList.At(f.AddressOf(s.Field("month")), month.ToString(), new("1–12", "1–12"), s.Field("month").Label, month, "1–12"));
            return null;
        }
        if (year is null || item is null || amount is null || unit is null)
        {
            return null;
        }
        return new EnergyProductionRecord(row, year.Value, month is null ? null : (int)month, item.Key, amount.Value, unit, notes);
    }

    /// <summary>Shared with the group workbook, whose targets sheet has the same columns.</summary>
    internal static TargetDeclaration? ReadTarget(FieldReader f, int row, SheetSpec s)
    {
        var boundary = f.Choice(s.Field("boundary"));
        var metric = f.Choice(s.Field("metric"));
        var basis = f.Choice(s.Field("gas_basis"));
        var baseYear = f.Year(s.Field("base_year"));
        var targetYear = f.Year(s.Field("target_year"));
        var reduction = f.Number(s.Field("reduction_pct"));
        var cadence = f.Choice(s.Field("cadence"));
        var value = f.Number(s.Field("target_value"));
        var unit = f.Text(s.Field("target_unit"));
        var wording = f.Text(s.Field("wording"));
        var wordingEn = f.Text(s.Field("wording_en"));
        if (boundary is null || metric is null || baseYear is null || targetYear is null)
        {
            return null;
        }
        return new TargetDeclaration
        {
            Row = row,
            Boundary = boundary.Key,
            Metric = metric.Key,
            GasBasis = basis?.Key ?? "CO2e",
            BaseYear = baseYear.Value,
            TargetYear = targetYear.Value,
            ReductionPercent = reduction,
            Cadence = cadence?.Key ?? "vs-base",
            TargetValue = value,
            TargetUnit = unit,
            Wording = wording,
            WordingEn = wordingEn,
        };
    }

    private static DeclaredPathwayPoint? ReadPathway(FieldReader f, int row)
    {
        var s = S.Pathway;
        var kind = f.Choice(s.Field("pathway"));
        var year = f.Year(s.Field("year"));
        var value = f.Number(s.Field("value"));
        var unit = f.Text(s.Field("unit"));
        var source = f.Text(s.Field("source"));
        return kind is null || year is null || value is null || unit is null
            ? null
            : new DeclaredPathwayPoint(row, kind.Key, year.Value, value.Value, unit, source);
    }

    private static ReductionMeasure? ReadMeasure(FieldReader f, int row)
    {
        var s = S.Measures;
        var name = f.Text(s.Field("name"));
        var type = f.Choice(s.Field("type"));
        var description = f.Text(s.Field("description"));
        var start = f.Date(s.Field("start"));
        var capacity = f.Number(s.Field("capacity"));
        var (capacityUnit, _) = f.Unit(s.Field("capacity_unit"));
        var hours = f.Number(s.Field("full_load_hours"));
        var annual = f.Number(s.Field("annual_amount"));
        var annualUnit = f.Text(s.Field("annual_unit"));
        var declared = f.Number(s.Field("declared_reduction"));
        var declaredUnit = f.Text(s.Field("declared_reduction_unit"));
        var notes = f.Text(s.Field("notes"));
        var nameEn = f.Text(s.Field("name_en"));
        var descriptionEn = f.Text(s.Field("description_en"));
        var realised = f.Number(s.Field("realised_reduction"));
        var status = f.Choice(s.Field("status"));
        var capex = f.Number(s.Field("capex_cny"));
        var opex = f.Number(s.Field("opex_change_cny"), allowNegative: true);
        var energySaved = f.Number(s.Field("energy_saved"));
        var energyItem = f.Choice(s.Field("energy_saved_item"));
        var lifetime = f.Number(s.Field("lifetime_years"));
        if (energySaved is not null && energyItem is null)
        {
            f.Report(Problems.EnergyItemMissing.At(f.AddressOf(s.Field("energy_saved_item")), null, null, energySaved));
        }
        if (name is null || type is null)
        {
            return null;
        }
        return new ReductionMeasure
        {
            Row = row,
            Name = name,
            Type = type.Key,
            Description = description,
            Start = start,
            Capacity = capacity,
            CapacityUnit = capacityUnit,
            FullLoadHours = hours,
            AnnualAmount = annual,
            AnnualUnit = annualUnit,
            DeclaredReduction = declared,
            DeclaredReductionUnit = declaredUnit,
            Notes = notes,
            NameEn = nameEn,
            DescriptionEn = descriptionEn,
            RealisedReductionTco2e = realised,
            Status = status?.Key,
            CapexCny = capex,
            OpexChangeCny = opex,
            EnergySaved = energySaved,
            EnergySavedItem = energyItem?.Key,
            LifetimeYears = lifetime,
        };
    }
}
