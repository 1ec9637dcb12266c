// The whole demo data set, in one transaction: reference regions, demo users, the scenario.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { seedDemoUsers } from '@/seeds/demo-users';
import { seedReferenceRegions } from '@/seeds/reference-regions';
import { seedScenario } from '@/seeds/scenario-zhaoqing-2018';
import { seedSiteVisitSamples } from '@/seeds/scenario-site-visits';
import { seedValidationRules } from '@/seeds/scenario-validation-rules';
import { seedScenarioReports } from '@/seeds/scenario-reports';
import { seedChecklists, seedDemoChecks } from '@/seeds/scenario-checklists';
import { seedScenarioFindings } from '@/seeds/scenario-findings';
import { seedDemoSurveyChecks } from '@/seeds/scenario-survey-checks';
import { seedDemoVillageChecks } from '@/seeds/scenario-village-checks';

export async function seedDemo(db: PrismaClient) {
  return db.$transaction(
    async (tx) => {
      const regions = await seedReferenceRegions(tx);
      const users = await seedDemoUsers(tx, regions);
      const scenario = await seedScenario(tx, regions, users);
      await seedValidationRules(tx, scenario.campaign.id);
      await seedScenarioReports(tx, { regions, users, scenario });
      await seedChecklists(tx);
      await seedSiteVisitSamples(tx, regions, users, scenario.assessment.id);
      await seedScenarioFindings(tx, regions, users, scenario);
      const checkers = { Fengkai: users.leader.id, Huaiji: users.assessor.id };
      const checks = { assessmentId: scenario.assessment.id, counties: regions.counties, checkers };
      await seedDemoChecks(tx, checks);
      await seedDemoSurveyChecks(tx, checks);
      await seedDemoVillageChecks(tx, checks);
      return { regions, users, scenario };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}
