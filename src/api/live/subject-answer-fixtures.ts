// Answers of /api/devices/:id and /api/connected_accounts/:id as the demo server sent them (trimmed).

export const DEVICE_ANSWER = {
  device: {
    device_id: '03f5245e-23f8-8150-b956-c9b0b7dd01b4',
    name: 'Maple St 12 – Doorbell',
    kind: 'nest_doorbell',
    listed: true,
    connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    account_name: 'Harborline Stays (Google Nest)',
    connectivity: {
      state: 'online',
      reason: null,
      since: '2026-12-07T11:10:05.633Z',
    },
    battery: {
      level: 0.768,
      status: 'good',
      at: null,
    },
    lock: {
      state: 'unknown',
      method: null,
      at: null,
    },
    is_lock: false,
    model: 'Nest Doorbell (battery)',
    last_event: {
      event_id: '83373fbd-4133-4646-8cda-a28da7059c54',
      event_type: 'device.doorbell_rang',
      at: '2026-12-07T22:23:30.099Z',
      text: 'Doorbell rang',
      severity: null,
    },
    open_alerts: {
      count: 0,
      severity: null,
    },
    search_text:
      'maple st 12 – doorbell\n03f5245e-23f8-8150-b956-c9b0b7dd01b4\nnest doorbell\nharborline stays (google nest)\n16db96ee-58b0-8682-8eff-6e5b67d7897a\nnest_doorbell\nnest doorbell (battery)\ngoogle nest\nnest\n1d9d3177bd2f\nmaple st 12 – doorbell\nmaple st 12\nmaple-st-12\n52e028d0-0bdc-8d73-b062-e1cc47302ba3',
  },
  inventory: {
    device_id: '03f5245e-23f8-8150-b956-c9b0b7dd01b4',
    device_type: 'nest_doorbell',
    properties: {
      name: 'Maple St 12 – Doorbell',
    },
  },
  range: {
    from: '2026-11-30T23:09:48.000Z',
    to: '2026-12-07T23:09:48.920Z',
  },
  timelines: {
    connectivity: [
      {
        state: 'offline',
        reason: 'account_disconnected',
        from: '2026-12-05T08:40:53.773Z',
        to: '2026-12-05T08:48:31.792Z',
        event_id: 'dacfe70b-e10f-4ef6-99d1-faf9b687b1b3',
      },
      {
        state: 'online',
        reason: null,
        from: '2026-12-05T08:48:31.792Z',
        to: '2026-12-05T21:09:44.886Z',
        event_id: 'd4b3710e-c738-4370-9520-04dc9a67ae5c',
      },
      {
        state: 'online',
        reason: null,
        from: '2026-12-07T11:10:05.633Z',
        to: '2026-12-07T23:09:48.920Z',
        event_id: 'aef54dc4-ff3e-4065-b9dd-f63d4c16aacf',
      },
    ],
    battery: {
      series: [
        {
          at: '2026-12-07T20:00:00.000Z',
          level: 0.77,
          event_id: 'batt-1',
        },
        {
          at: '2026-12-07T23:09:46.279Z',
          level: 0.768,
          event_id: null,
        },
      ],
      before: {
        at: '2026-11-29T10:00:00.000Z',
        level: 0.8,
        event_id: 'batt-0',
      },
      bands: [
        {
          status: 'good',
          source: 'reported',
          from: '2026-12-07T23:09:46.279Z',
          to: '2026-12-07T23:09:48.920Z',
        },
      ],
      drain_per_day: -0.5,
    },
    lock: [
      {
        state: 'locked',
        method: 'seamapi',
        from: '2026-12-06T23:09:53.382Z',
        to: '2026-12-07T00:17:46.579Z',
        access_code_id: null,
        action_attempt_id: null,
        event_id: 'd2555f03-1af9-4658-890d-4d4653658327',
      },
      {
        state: 'unlocked',
        method: 'manual',
        from: '2026-12-07T00:17:46.579Z',
        to: '2026-12-07T00:20:28.588Z',
        access_code_id: null,
        action_attempt_id: null,
        event_id: 'c8c11738-d0e2-4c92-abe4-95145716830f',
      },
    ],
    lock_denied: [
      {
        at: '2026-12-07T00:30:00.000Z',
        event_id: 'denied-1',
        access_code_id: 'code-9',
      },
    ],
    media: [
      {
        kind: 'visit',
        id: 'session:83373fbd-4133-4646-8cda-a28da7059c54',
        at: '2026-12-07T22:23:30.099Z',
        ended_at: '2026-12-07T22:23:40.865Z',
        ring: {
          kind: 'ring',
          event_id: '83373fbd-4133-4646-8cda-a28da7059c54',
          device_id: '03f5245e-23f8-8150-b956-c9b0b7dd01b4',
          at: '2026-12-07T22:23:30.099Z',
          motion_sub_type: null,
          activation_reason: null,
          image_url: 'http://127.0.0.1:8897/media/doorbell-visitor.jpg',
          video_url: 'http://127.0.0.1:8897/media/clip-porch.mp4',
        },
        motions: [
          {
            kind: 'motion',
            event_id: '4ebf7dc5-fdf5-407c-b551-3214563cca6c',
            device_id: 'f612b05f-0b47-86be-9256-10fef19f2f5a',
            at: '2026-12-07T22:23:40.865Z',
            motion_sub_type: 'human',
            activation_reason: 'motion_detected',
            image_url: 'http://127.0.0.1:8897/media/camera-person.jpg',
            video_url: 'http://127.0.0.1:8897/media/clip-driveway-motion.mp4',
          },
        ],
        unlock: null,
      },
      {
        kind: 'motion',
        event_id: 'lone-motion-1',
        device_id: '03f5245e-23f8-8150-b956-c9b0b7dd01b4',
        at: '2026-12-07T21:00:00.000Z',
        motion_sub_type: 'human',
        activation_reason: 'motion_detected',
        image_url: 'http://127.0.0.1:8897/media/camera-person.jpg',
        video_url: 'http://127.0.0.1:8897/media/clip-driveway-motion.mp4',
      },
    ],
  },
  statistics: {
    connectivity: {
      observed_to: '2026-12-07T23:09:48.920Z',
      ms_by_state: {
        online: 223229560,
        offline: 1705587,
        flaky: 0,
        unknown: 379865773,
      },
      offline_ms_by_reason: {
        account_disconnected: 1705587,
        hub_disconnected: 0,
        device_disconnected: 0,
        unknown: 0,
      },
      uptime_percent: 99.2417427766413,
      flaps: 4,
      flaps_per_day: 0.5714277021933102,
    },
    battery: {
      days_to_empty: null,
      why: 'not enough samples',
      basis: null,
    },
  },
  events: [
    {
      method: 'manual',
      event_id: '7e418ba1-b115-493f-b66d-434656136ea2',
      device_id: '52e028d0-0bdc-8d73-b062-e1cc47302ba3',
      created_at: '2026-12-07T22:34:25.912Z',
      event_type: 'lock.locked',
      occurred_at: '2026-12-07T22:34:24.469Z',
      workspace_id: 'doorboard_demo_workspace',
      event_description: 'A lock device was locked.',
      connected_account_id: 'fb303a16-b4ac-8f41-aced-a5a6736419f1',
      device_custom_metadata: {
        property: 'Maple St 12',
        property_id: 'maple-st-12',
      },
      connected_account_custom_metadata: {
        portfolio: 'Harborline Stays',
      },
    },
    {
      method: 'keycode',
      event_id: 'cf4816fd-7068-47e7-970e-3520398897f4',
      device_id: '52e028d0-0bdc-8d73-b062-e1cc47302ba3',
      created_at: '2026-12-07T22:33:07.950Z',
      event_type: 'lock.unlocked',
      occurred_at: '2026-12-07T22:33:07.950Z',
      workspace_id: 'doorboard_demo_workspace',
      access_code_id: 'aac6ea3d-57ef-83b0-a498-0c9393231c18',
      event_description: 'A lock device was unlocked.',
      connected_account_id: 'fb303a16-b4ac-8f41-aced-a5a6736419f1',
      device_custom_metadata: {
        property: 'Maple St 12',
        property_id: 'maple-st-12',
      },
      connected_account_custom_metadata: {
        portfolio: 'Harborline Stays',
      },
    },
    {
      event_id: 'broken',
      event_type: 'lock.locked',
    },
  ],
  next: 'eyJzIjoxNzY1MDAwMDAwMDAwLCJlIjoiYSJ9',
  alerts: [
    {
      alert_id:
        'external_change:device:52e028d0-0bdc-8d73-b062-e1cc47302ba3:62e68bdf-7dc8-4ba0-8e80-9ba063b8e685',
      rule: 'external_change',
      severity: 'warning',
      subject: {
        kind: 'device',
        id: '52e028d0-0bdc-8d73-b062-e1cc47302ba3',
        name: 'Maple St 12 – Front door',
      },
      title: 'Maple St 12 – Front door: access code …b13b83 changed outside Seam',
      opened_at: '2026-12-07T18:40:33.643Z',
      resolved_at: null,
      resolved_by: null,
      opening_event_id: '62e68bdf-7dc8-4ba0-8e80-9ba063b8e685',
      incident_id: null,
      connected_account_id: 'fb303a16-b4ac-8f41-aced-a5a6736419f1',
    },
  ],
}

export const ACCOUNT_ANSWER = {
  account: {
    connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    name: 'Harborline Stays (Google Nest)',
    listed: true,
    provider: 'Google Nest',
    health: {
      level: 'ok',
      text: 'Connected',
      since: '2026-12-07T11:09:45.092Z',
    },
    devices: 6,
    online: 6,
    offline: 0,
    flaky: 0,
    unknown: 0,
    removed: 0,
    open_alerts: {
      count: 0,
      severity: null,
    },
  },
  inventory: {
    connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    provider: 'nest',
    account_type: 'nest',
    account_type_display_name: 'Google Nest',
    display_name: 'Harborline Stays (Google Nest)',
    user_identifier: {
      email: 'cameras@harborline-stays.example',
    },
    workspace_id: 'doorboard_demo_workspace',
    created_at: '2026-07-02T23:09:09.850Z',
    automatically_manage_new_devices: true,
    custom_metadata: {
      portfolio: 'Harborline Stays',
    },
    errors: [],
    warnings: [],
    bridge_id: null,
    accepted_capabilities: [],
  },
  range: {
    from: '2026-11-30T23:09:53.528Z',
    to: '2026-12-07T23:09:53.528Z',
  },
  state: 'connected',
  devices: [
    {
      device_id: 'ef697e39-47df-8a4e-aedd-e266a76c24a2',
      name: 'Birch Ave 7 – Backyard camera',
      kind: 'nest_camera',
      listed: true,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
      account_name: 'Harborline Stays (Google Nest)',
      connectivity: {
        state: 'online',
        reason: null,
        since: '2026-12-07T11:09:56.145Z',
      },
      battery: {
        level: 0.648,
        status: 'good',
        at: null,
      },
      lock: {
        state: 'unknown',
        method: null,
        at: null,
      },
      is_lock: false,
      model: 'Nest Cam (battery)',
      last_event: {
        event_id: '05d9d894-885b-441d-8a4a-b5f4bb468ab5',
        event_type: 'camera.activated',
        at: '2026-12-07T22:42:18.435Z',
        text: 'Camera detected a package',
        severity: null,
      },
      open_alerts: {
        count: 0,
        severity: null,
      },
      search_text:
        'birch ave 7 – backyard camera\nef697e39-47df-8a4e-aedd-e266a76c24a2\nnest camera\nharborline stays (google nest)\n16db96ee-58b0-8682-8eff-6e5b67d7897a\nnest_camera\nnest cam (battery)\ngoogle nest\nnest\n8d0f5ad43863\nbirch ave 7 – backyard camera\nbirch ave 7\nbirch-ave-7',
    },
    {
      device_id: 'e364fd65-32f8-8da0-aa54-1fd9a31e2400',
      name: 'Birch Ave 7 – Doorbell',
      kind: 'nest_doorbell',
      listed: true,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
      account_name: 'Harborline Stays (Google Nest)',
      connectivity: {
        state: 'online',
        reason: null,
        since: '2026-12-07T11:10:10.715Z',
      },
      battery: {
        level: null,
        status: null,
        at: null,
      },
      lock: {
        state: 'unknown',
        method: null,
        at: null,
      },
      is_lock: false,
      model: 'Nest Doorbell (wired)',
      last_event: {
        event_id: 'ce8c53a1-2e7f-45c8-836a-f054d03d4768',
        event_type: 'device.doorbell_rang',
        at: '2026-12-07T19:16:52.138Z',
        text: 'Doorbell rang',
        severity: null,
      },
      open_alerts: {
        count: 0,
        severity: null,
      },
      search_text:
        'birch ave 7 – doorbell\ne364fd65-32f8-8da0-aa54-1fd9a31e2400\nnest doorbell\nharborline stays (google nest)\n16db96ee-58b0-8682-8eff-6e5b67d7897a\nnest_doorbell\nnest doorbell (wired)\ngoogle nest\nnest\n77a6d9b008b1\nbirch ave 7 – doorbell\nbirch ave 7\nbirch-ave-7\n6cc84327-7b32-8d43-9ed6-d9c6c501484f',
    },
  ],
  timeline: [
    {
      state: 'reauthorization_requested',
      from: '2026-12-05T08:33:09.922Z',
      to: '2026-12-05T08:40:54.315Z',
      issues: [],
      event_id: '354a1f02-ca89-4bda-8834-bfe238fa7a94',
    },
    {
      state: 'disconnected',
      from: '2026-12-05T08:40:54.315Z',
      to: '2026-12-05T08:48:04.657Z',
      issues: [
        {
          code: 'account_disconnected',
          message: 'Seam lost access to the account: its owner must sign in again.',
        },
      ],
      event_id: 'a18161b2-a74f-42da-89ac-79cf51e3f74b',
    },
    {
      state: 'connected',
      from: '2026-12-05T08:48:04.657Z',
      to: '2026-12-05T20:58:20.792Z',
      issues: [],
      event_id: '2d287369-b70f-456a-9125-23e1a8a55c14',
    },
    {
      state: 'reauthorization_requested',
      from: '2026-12-05T20:58:20.792Z',
      to: '2026-12-05T21:09:44.886Z',
      issues: [],
      event_id: '90570f87-1d15-400c-b2be-c1955bda4f16',
    },
    {
      state: 'disconnected',
      from: '2026-12-05T21:09:44.886Z',
      to: '2026-12-05T21:14:32.066Z',
      issues: [
        {
          code: 'account_disconnected',
          message: 'Seam lost access to the account: its owner must sign in again.',
        },
      ],
      event_id: '2e7ceb8e-6059-4a72-a1d1-70b5b19a2e79',
    },
    {
      state: 'connected',
      from: '2026-12-05T21:14:32.066Z',
      to: '2026-12-06T08:00:12.392Z',
      issues: [],
      event_id: '0805c68e-8b94-4514-b45a-0f5e35932659',
    },
    {
      state: 'reauthorization_requested',
      from: '2026-12-06T08:00:12.392Z',
      to: '2026-12-06T08:07:56.698Z',
      issues: [],
      event_id: '4c449424-89a0-4556-996b-2252b38fdf54',
    },
    {
      state: 'disconnected',
      from: '2026-12-06T08:07:56.698Z',
      to: '2026-12-06T08:13:12.298Z',
      issues: [
        {
          code: 'account_disconnected',
          message: 'Seam lost access to the account: its owner must sign in again.',
        },
      ],
      event_id: 'b6c4dcb1-bbbe-49dc-8f70-f170c3d7475c',
    },
    {
      state: 'connected',
      from: '2026-12-06T08:13:12.298Z',
      to: '2026-12-06T23:36:51.798Z',
      issues: [],
      event_id: 'c35ac708-a237-4387-8817-1ed60a781388',
    },
    {
      state: 'reauthorization_requested',
      from: '2026-12-06T23:36:51.798Z',
      to: '2026-12-06T23:47:59.841Z',
      issues: [],
      event_id: 'b463e1f1-3996-45c6-bc78-b75904efbca5',
    },
    {
      state: 'disconnected',
      from: '2026-12-06T23:47:59.841Z',
      to: '2026-12-06T23:51:49.719Z',
      issues: [
        {
          code: 'account_disconnected',
          message: 'Seam lost access to the account: its owner must sign in again.',
        },
      ],
      event_id: '452043fd-8e1b-4c13-b368-6726ffce8771',
    },
    {
      state: 'connected',
      from: '2026-12-06T23:51:49.719Z',
      to: '2026-12-07T10:55:40.825Z',
      issues: [],
      event_id: '2a884377-8b04-4cb7-9867-1367b141104d',
    },
    {
      state: 'reauthorization_requested',
      from: '2026-12-07T10:55:40.825Z',
      to: '2026-12-07T11:04:14.927Z',
      issues: [],
      event_id: '2fc83b91-a9d7-4cc3-ade6-15c90122fe9f',
    },
    {
      state: 'disconnected',
      from: '2026-12-07T11:04:14.927Z',
      to: '2026-12-07T11:09:45.092Z',
      issues: [
        {
          code: 'account_disconnected',
          message: 'Seam lost access to the account: its owner must sign in again.',
        },
      ],
      event_id: 'd88a2016-a854-43cc-8dc7-2e137b907c0e',
    },
    {
      state: 'connected',
      from: '2026-12-07T11:09:45.092Z',
      to: '2026-12-07T23:09:53.528Z',
      issues: [],
      event_id: '6d032424-bdc8-477c-93bd-71dbb5f814a6',
    },
  ],
  login_failures: [
    {
      at: '2026-12-05T08:47:00.720Z',
      event_id: '2b63c4b0-4793-45ae-a39e-99a12d3f7dc3',
      connect_webview_id: '99603aa4-fda7-48b0-8d1f-72119e27cccf',
    },
  ],
  events: [
    {
      event_id: 'e5746bc7-2aeb-4fa6-9c95-8b553a136e90',
      created_at: '2026-12-07T11:10:22.257Z',
      event_type: 'connected_account.completed_first_sync_after_reconnection',
      occurred_at: '2026-12-07T11:10:19.338Z',
      workspace_id: 'doorboard_demo_workspace',
      event_description: '',
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
      connected_account_custom_metadata: {
        portfolio: 'Harborline Stays',
      },
    },
    {
      event_id: 'a0eac8af-4554-4604-aef2-f2941c844f4c',
      created_at: '2026-12-07T11:09:45.092Z',
      event_type: 'connected_account.connected',
      occurred_at: '2026-12-07T11:09:45.092Z',
      workspace_id: 'doorboard_demo_workspace',
      event_description: '',
      connect_webview_id: '08d7d6ea-b1b6-417f-925e-8a44e3c01635',
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
      connected_account_custom_metadata: {
        portfolio: 'Harborline Stays',
      },
    },
  ],
  next: null,
  alerts: [
    {
      alert_id:
        'account_disconnected:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:d88a2016-a854-43cc-8dc7-2e137b907c0e',
      rule: 'account_disconnected',
      severity: 'critical',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title:
        "Account 'Harborline Stays (Google Nest)' was disconnected for 5 min: Seam lost access to the account: its owner must sign in again.",
      opened_at: '2026-12-07T11:04:14.927Z',
      resolved_at: '2026-12-07T11:09:45.092Z',
      resolved_by: {
        event_id: '6d032424-bdc8-477c-93bd-71dbb5f814a6',
        type: 'connected_account.successful_login',
        why: 'account signed in again',
      },
      opening_event_id: 'd88a2016-a854-43cc-8dc7-2e137b907c0e',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_disconnected:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:452043fd-8e1b-4c13-b368-6726ffce8771',
      rule: 'account_disconnected',
      severity: 'critical',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title:
        "Account 'Harborline Stays (Google Nest)' was disconnected for 3 min: Seam lost access to the account: its owner must sign in again.",
      opened_at: '2026-12-06T23:47:59.841Z',
      resolved_at: '2026-12-06T23:51:49.719Z',
      resolved_by: {
        event_id: '2a884377-8b04-4cb7-9867-1367b141104d',
        type: 'connected_account.successful_login',
        why: 'account signed in again',
      },
      opening_event_id: '452043fd-8e1b-4c13-b368-6726ffce8771',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_disconnected:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:b6c4dcb1-bbbe-49dc-8f70-f170c3d7475c',
      rule: 'account_disconnected',
      severity: 'critical',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title:
        "Account 'Harborline Stays (Google Nest)' was disconnected for 5 min: Seam lost access to the account: its owner must sign in again.",
      opened_at: '2026-12-06T08:07:56.698Z',
      resolved_at: '2026-12-06T08:13:12.298Z',
      resolved_by: {
        event_id: 'c35ac708-a237-4387-8817-1ed60a781388',
        type: 'connected_account.successful_login',
        why: 'account signed in again',
      },
      opening_event_id: 'b6c4dcb1-bbbe-49dc-8f70-f170c3d7475c',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_disconnected:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:2e7ceb8e-6059-4a72-a1d1-70b5b19a2e79',
      rule: 'account_disconnected',
      severity: 'critical',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title:
        "Account 'Harborline Stays (Google Nest)' was disconnected for 4 min: Seam lost access to the account: its owner must sign in again.",
      opened_at: '2026-12-05T21:09:44.886Z',
      resolved_at: '2026-12-05T21:14:32.066Z',
      resolved_by: {
        event_id: '0805c68e-8b94-4514-b45a-0f5e35932659',
        type: 'connected_account.successful_login',
        why: 'account signed in again',
      },
      opening_event_id: '2e7ceb8e-6059-4a72-a1d1-70b5b19a2e79',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_disconnected:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:a18161b2-a74f-42da-89ac-79cf51e3f74b',
      rule: 'account_disconnected',
      severity: 'critical',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title:
        "Account 'Harborline Stays (Google Nest)' was disconnected for 7 min: Seam lost access to the account: its owner must sign in again.",
      opened_at: '2026-12-05T08:40:54.315Z',
      resolved_at: '2026-12-05T08:48:04.657Z',
      resolved_by: {
        event_id: '2d287369-b70f-456a-9125-23e1a8a55c14',
        type: 'connected_account.successful_login',
        why: 'account signed in again',
      },
      opening_event_id: 'a18161b2-a74f-42da-89ac-79cf51e3f74b',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_reauthorization_requested:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:2fc83b91-a9d7-4cc3-ade6-15c90122fe9f',
      rule: 'account_reauthorization_requested',
      severity: 'warning',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title: "Account 'Harborline Stays (Google Nest)' needs reauthorization",
      opened_at: '2026-12-07T10:55:40.825Z',
      resolved_at: '2026-12-07T11:09:45.092Z',
      resolved_by: {
        event_id: '5b561694-b302-4d37-a69a-e446ef89d201',
        type: 'connect_webview.login_succeeded',
        why: 'account signed in again through Connect Webview',
      },
      opening_event_id: '2fc83b91-a9d7-4cc3-ade6-15c90122fe9f',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_reauthorization_requested:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:b463e1f1-3996-45c6-bc78-b75904efbca5',
      rule: 'account_reauthorization_requested',
      severity: 'warning',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title: "Account 'Harborline Stays (Google Nest)' needs reauthorization",
      opened_at: '2026-12-06T23:36:51.798Z',
      resolved_at: '2026-12-06T23:51:49.719Z',
      resolved_by: {
        event_id: '04a961e1-8001-4196-a8ca-dcfb0df6b3b7',
        type: 'connect_webview.login_succeeded',
        why: 'account signed in again through Connect Webview',
      },
      opening_event_id: 'b463e1f1-3996-45c6-bc78-b75904efbca5',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_reauthorization_requested:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:4c449424-89a0-4556-996b-2252b38fdf54',
      rule: 'account_reauthorization_requested',
      severity: 'warning',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title: "Account 'Harborline Stays (Google Nest)' needs reauthorization",
      opened_at: '2026-12-06T08:00:12.392Z',
      resolved_at: '2026-12-06T08:13:07.514Z',
      resolved_by: {
        event_id: '759e5023-78d1-4a9b-9400-79bf7a57ffc6',
        type: 'connect_webview.login_succeeded',
        why: 'account signed in again through Connect Webview',
      },
      opening_event_id: '4c449424-89a0-4556-996b-2252b38fdf54',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_reauthorization_requested:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:90570f87-1d15-400c-b2be-c1955bda4f16',
      rule: 'account_reauthorization_requested',
      severity: 'warning',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title: "Account 'Harborline Stays (Google Nest)' needs reauthorization",
      opened_at: '2026-12-05T20:58:20.792Z',
      resolved_at: '2026-12-05T21:14:32.066Z',
      resolved_by: {
        event_id: '0805c68e-8b94-4514-b45a-0f5e35932659',
        type: 'connected_account.successful_login',
        why: 'account signed in again',
      },
      opening_event_id: '90570f87-1d15-400c-b2be-c1955bda4f16',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
    {
      alert_id:
        'account_reauthorization_requested:account:16db96ee-58b0-8682-8eff-6e5b67d7897a:354a1f02-ca89-4bda-8834-bfe238fa7a94',
      rule: 'account_reauthorization_requested',
      severity: 'warning',
      subject: {
        kind: 'account',
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      title: "Account 'Harborline Stays (Google Nest)' needs reauthorization",
      opened_at: '2026-12-05T08:33:09.922Z',
      resolved_at: '2026-12-05T08:48:04.657Z',
      resolved_by: {
        event_id: '2d287369-b70f-456a-9125-23e1a8a55c14',
        type: 'connected_account.successful_login',
        why: 'account signed in again',
      },
      opening_event_id: '354a1f02-ca89-4bda-8834-bfe238fa7a94',
      incident_id: null,
      connected_account_id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
    },
  ],
}
