'use server';
// Site visit server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { pickVillageHouseholds } from '@/modules/site-visits/household-mutations';
import { cancelSiteVisit, changeSiteVisitStatus, planSiteVisit, reopenSiteVisit, updateSiteVisit } from '@/modules/site-visits/mutations';
import {
  ZCancelSiteVisitInput,
  ZChangeSiteVisitStatusInput,
  ZPickHouseholdsInput,
  ZPlanSiteVisitInput,
  ZReopenSiteVisitInput,
  ZUpdateSiteVisitInput,
} from '@/modules/site-visits/schema';

const revalidate = ['/assessments', '/site-visits'];

export const planSiteVisitAction = action({ schema: ZPlanSiteVisitInput, permission: 'siteVisit.manage', run: planSiteVisit, revalidate });

export const updateSiteVisitAction = action({ schema: ZUpdateSiteVisitInput, permission: 'siteVisit.manage', run: updateSiteVisit, revalidate });

export const cancelSiteVisitAction = action({ schema: ZCancelSiteVisitInput, permission: 'siteVisit.manage', run: cancelSiteVisit, revalidate });

export const changeSiteVisitStatusAction = action({ schema: ZChangeSiteVisitStatusInput, permission: 'siteVisit.manage', run: changeSiteVisitStatus, revalidate });

export const reopenSiteVisitAction = action({ schema: ZReopenSiteVisitInput, permission: 'siteVisit.manage', run: reopenSiteVisit, revalidate });

export const pickHouseholdsAction = action({ schema: ZPickHouseholdsInput, permission: 'siteVisit.manage', run: pickVillageHouseholds, revalidate });
