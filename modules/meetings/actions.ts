'use server';
// Meeting server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import {
  ZAddAgendaItemInput,
  ZAddAttendeeInput,
  ZMarkAttendanceInput,
  ZMoveAgendaItemInput,
  ZPublishMinutesInput,
  ZRemoveInput,
  ZSaveMinutesInput,
  ZScheduleMeetingInput,
  ZUpdateAgendaItemInput,
  ZUpdateMeetingInput,
} from '@/modules/meetings/schema';
import { scheduleMeeting, updateMeeting } from '@/modules/meetings/mutations';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, updateAgendaItem } from '@/modules/meetings/agenda-mutations';
import { addAttendee, markAttendance, removeAttendee } from '@/modules/meetings/attendee-mutations';
import { publishMinutes, saveMinutes } from '@/modules/meetings/minutes-mutations';

const revalidate = ['/'];

export const scheduleMeetingAction = action({ schema: ZScheduleMeetingInput, permission: 'meeting.manage', run: scheduleMeeting, revalidate });
export const updateMeetingAction = action({ schema: ZUpdateMeetingInput, permission: 'meeting.manage', run: updateMeeting, revalidate });

export const addAgendaItemAction = action({ schema: ZAddAgendaItemInput, permission: 'meeting.manage', run: addAgendaItem, revalidate });
export const updateAgendaItemAction = action({ schema: ZUpdateAgendaItemInput, permission: 'meeting.manage', run: updateAgendaItem, revalidate });
export const removeAgendaItemAction = action({ schema: ZRemoveInput, permission: 'meeting.manage', run: removeAgendaItem, revalidate });
export const moveAgendaItemAction = action({ schema: ZMoveAgendaItemInput, permission: 'meeting.manage', run: moveAgendaItem, revalidate });

export const addAttendeeAction = action({ schema: ZAddAttendeeInput, permission: 'meeting.manage', run: addAttendee, revalidate });
export const markAttendanceAction = action({ schema: ZMarkAttendanceInput, permission: 'meeting.manage', run: markAttendance, revalidate });
export const removeAttendeeAction = action({ schema: ZRemoveInput, permission: 'meeting.manage', run: removeAttendee, revalidate });

export const saveMinutesAction = action({ schema: ZSaveMinutesInput, permission: 'meeting.minutes.write', run: saveMinutes, revalidate });
export const publishMinutesAction = action({ schema: ZPublishMinutesInput, permission: 'meeting.minutes.publish', run: publishMinutes, revalidate });
